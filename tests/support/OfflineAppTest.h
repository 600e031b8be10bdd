#pragma once

#include "core/flow/AppController.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "support/TempDataDir.h"

#include <gtest/gtest.h>
#include <memory>

namespace st {

/// A fixture for an AppController with no model on a fresh data folder: the clock reads
/// `now`, the random function always gives 0 and the offline narrator does not pause.
/// SetUp() opens the database and makes and initializes the controller.
class OfflineAppTest : public ::testing::Test
{
protected:
    void SetUp() override;

    Page page() const { return controller->flow().page(); }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 1'700'000'000'000;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<AppController> controller;
};

} // namespace st
