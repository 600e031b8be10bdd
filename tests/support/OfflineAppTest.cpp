#include "support/OfflineAppTest.h"

namespace st {

void OfflineAppTest::SetUp()
{
    ASSERT_TRUE(db.open().ok());
    settings = std::make_unique<Settings>(dir.settingsPath());
    settings->setNarratorMsPerWord(0);
    controller = std::make_unique<AppController>(
        db, *settings, [this] { return now; }, [](int) { return 0; });
    controller->initialize();
}

} // namespace st
