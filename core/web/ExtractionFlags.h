#pragma once

namespace st {

/// Readability's three flags: each extraction attempt that finds too little text drops the
/// next one (strip unlikely candidates, then class weights, then conditional cleaning).
struct ExtractionFlags
{
    bool stripUnlikelys = true;
    bool weightClasses = true;
    bool cleanConditionally = true;

    /// Drops the next flag; false when none was left.
    bool relax()
    {
        if (stripUnlikelys)
            stripUnlikelys = false;
        else if (weightClasses)
            weightClasses = false;
        else if (cleanConditionally)
            cleanConditionally = false;
        else
            return false;
        return true;
    }
};

} // namespace st
