#pragma once

#include "core/llm/LlmError.h"

namespace st::cli {

/// storyteller-cli's exit codes, for scripts (documented in the README).
enum Exit : int
{
    Ok = 0,
    NotFound = 1,         // no such script or session
    DataError = 2,        // the data folder or database cannot be used
    NotConfigured = 3,    // no model provider set up
    Unreachable = 4,      // network error or timeout
    Refused = 5,          // the key was refused, or no quota
    NoSuchModel = 6,      // the model is not on the server
    ServerError = 7,      // any other answer the server should not have given
    ImportIncomplete = 8, // library import, session import: something was not imported
    ExportFailed = 9,     // session export, export-audio: a file could not be made or written
    Usage = 64,           // wrong command line
};

inline int exitFor(const LlmError& error)
{
    using K = LlmError::Kind;
    switch (error.kind) {
    case K::None:
        return Ok;
    case K::NotConfigured:
        return NotConfigured;
    case K::Network:
    case K::ConnectTimeout:
    case K::IdleTimeout:
        return Unreachable;
    case K::Auth:
    case K::QuotaExceeded:
        return Refused;
    case K::ModelNotFound:
        return NoSuchModel;
    default:
        return ServerError;
    }
}

} // namespace st::cli
