#pragma once

#include <QString>
#include <gtest/gtest.h>

namespace st {

/// The reference data that sits beside CI's checkout (`../shared`: the WHATWG SSE vectors,
/// the 30 saved pages), never in the repository. Tests that read it skip, with the reason,
/// when it is absent; CI sets STORYTELLER_REQUIRE_SHARED=1, which turns absence into a
/// failure. STORYTELLER_SHARED_DIR points elsewhere.
class SharedData
{
public:
    /// $STORYTELLER_SHARED_DIR, else `../shared` beside the source tree.
    static QString dir();
    /// \a relative inside dir().
    static QString path(const QString& relative);
    /// STORYTELLER_REQUIRE_SHARED=1: the data must be there.
    static bool required();
    /// Empty when \a relative exists in dir(); else what is missing and why that matters.
    static QString absence(const QString& relative);
};

} // namespace st

/// In a test body or SetUp(): stops the test when \a relative (a path inside SharedData's
/// folder) is absent: a skip with the reason, or a failure when CI requires the data.
#define ST_NEED_SHARED_DATA(relative)                                                              \
    do {                                                                                           \
        const QString stAbsence_ = ::st::SharedData::absence(relative);                            \
        if (!stAbsence_.isEmpty()) {                                                               \
            if (::st::SharedData::required())                                                      \
                FAIL() << "STORYTELLER_REQUIRE_SHARED=1: " << stAbsence_.toStdString();            \
            else                                                                                   \
                GTEST_SKIP() << stAbsence_.toStdString();                                          \
        }                                                                                          \
    } while (false)
