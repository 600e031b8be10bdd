// FinishedWithin, the wait behind every keychain job: only a job that finished counts; one
// still running at the deadline (a keyring prompting for its password) is not a success.
#include "core/settings/FinishedWithin.h"

#include <QTimer>
#include <gtest/gtest.h>

namespace st {
namespace {

TEST(FinishedWithinTest, AJobThatFinishesInTimeCounts)
{
    QTimer job;
    job.setSingleShot(true);
    EXPECT_TRUE(FinishedWithin::run(
        &job, &QTimer::timeout, [&job] { job.start(20); }, 2000));
}

TEST(FinishedWithinTest, AJobStillRunningAtTheDeadlineDoesNot)
{
    QTimer job;
    job.setSingleShot(true);
    EXPECT_FALSE(FinishedWithin::run(
        &job, &QTimer::timeout, [&job] { job.start(2000); }, 30));
}

TEST(FinishedWithinTest, AJobFinishedInsideStartCounts)
{
    QTimer job;
    EXPECT_TRUE(FinishedWithin::run(
        &job, &QTimer::timeout, [&job] { Q_EMIT job.timeout({}); }, 10));
}

} // namespace
} // namespace st
