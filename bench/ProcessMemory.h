#pragma once

/// Resident memory of this process from /proc/self/status, in KiB: `VmHWM` (the peak) or
/// `VmRSS` (now); -1 if unknown.
long statusKb(const char* field);
/// Resets VmHWM to the current RSS (Linux ≥ 4.0); false when the kernel refuses.
bool resetPeakMemory();
