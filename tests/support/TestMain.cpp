// The main() of every test executable: GoogleTest over one QApplication, so core tests
// have an event loop and widget tests (tests/ui/) can share it. Runs headless.
#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("storyteller-tests"));
    QApplication::setOrganizationName(QStringLiteral("storyteller-tests"));
    return RUN_ALL_TESTS();
}
