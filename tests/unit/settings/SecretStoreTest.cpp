// SecretStore: the private key file (mode 0600 in a 0700 folder), and the automatic
// backend on a machine that may have no keychain service at all.
#include "core/settings/SecretStore.h"

#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>
#include <gtest/gtest.h>

namespace st {
namespace {

constexpr QFileDevice::Permissions kOwnerReadWrite =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerAll =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// QFile::permissions also reports the ReadUser/WriteUser/ExeUser flags of the current user.
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

class SecretStoreTest : public ::testing::Test
{
protected:
    QString secretsDir() const { return dir.filePath(QStringLiteral("secrets")); }
    QStringList secretFiles() const
    {
        return QDir(secretsDir()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    TempDataDir dir;
};

TEST_F(SecretStoreTest, FileOnlyWritesReadsAndRemoves)
{
    SecretStore store(dir.path(), SecretStore::Backend::FileOnly);
    EXPECT_TRUE(store.read(QStringLiteral("api-key-openai")).isEmpty());

    ASSERT_TRUE(store.write(QStringLiteral("api-key-openai"), QStringLiteral("sk-one-1234567890")));
    EXPECT_EQ(store.lastBackend(), QStringLiteral("file"));
    EXPECT_EQ(store.read(QStringLiteral("api-key-openai")), QStringLiteral("sk-one-1234567890"));

    // Another instance over the same folder reads it back; overwriting replaces it.
    SecretStore again(dir.path(), SecretStore::Backend::FileOnly);
    EXPECT_EQ(again.read(QStringLiteral("api-key-openai")), QStringLiteral("sk-one-1234567890"));
    ASSERT_TRUE(again.write(QStringLiteral("api-key-openai"), QStringLiteral("sk-two")));
    EXPECT_EQ(store.read(QStringLiteral("api-key-openai")), QStringLiteral("sk-two"));

    // Keys of different presets do not mix.
    ASSERT_TRUE(store.write(QStringLiteral("api-key-openrouter"), QStringLiteral("or-key")));
    EXPECT_EQ(store.read(QStringLiteral("api-key-openai")), QStringLiteral("sk-two"));
    EXPECT_EQ(store.read(QStringLiteral("api-key-openrouter")), QStringLiteral("or-key"));

    EXPECT_TRUE(store.remove(QStringLiteral("api-key-openai")));
    EXPECT_TRUE(store.read(QStringLiteral("api-key-openai")).isEmpty());
    EXPECT_EQ(secretFiles(), QStringList{QStringLiteral("api-key-openrouter")});
    EXPECT_FALSE(store.remove(QStringLiteral("api-key-openai")));
}

TEST_F(SecretStoreTest, FileIsPrivateToTheUser)
{
    SecretStore store(dir.path(), SecretStore::Backend::FileOnly);
    ASSERT_TRUE(store.write(QStringLiteral("api-key-openai"), QStringLiteral("sk-private")));
    ASSERT_EQ(secretFiles().size(), 1);
    const QString file = QDir(secretsDir()).filePath(secretFiles().first());

    const QFileDevice::Permissions filePermissions = QFile::permissions(file);
    EXPECT_EQ(filePermissions & (kOwnerAll | kOthers), kOwnerReadWrite)
        << std::hex << int(filePermissions);
    const QFileDevice::Permissions dirPermissions = QFile::permissions(secretsDir());
    EXPECT_EQ(dirPermissions & (kOwnerAll | kOthers), kOwnerAll) << std::hex << int(dirPermissions);

    // A folder made too open before is closed again at the next write.
    QFile::setPermissions(secretsDir(), kOwnerAll | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::ExeOther);
    ASSERT_TRUE(store.write(QStringLiteral("api-key-openai"), QStringLiteral("sk-private-2")));
    EXPECT_EQ(QFile::permissions(secretsDir()) & (kOwnerAll | kOthers), kOwnerAll);
    EXPECT_EQ(QFile::permissions(file) & (kOwnerAll | kOthers), kOwnerReadWrite);
}

TEST_F(SecretStoreTest, WritingAnEmptySecretRemovesIt)
{
    SecretStore store(dir.path(), SecretStore::Backend::FileOnly);
    ASSERT_TRUE(store.write(QStringLiteral("api-key-vllm"), QStringLiteral("token")));
    EXPECT_TRUE(store.write(QStringLiteral("api-key-vllm"), QString()));
    EXPECT_TRUE(store.read(QStringLiteral("api-key-vllm")).isEmpty());
    EXPECT_TRUE(secretFiles().isEmpty());
}

TEST_F(SecretStoreTest, OddNamesStayInsideTheFolder)
{
    SecretStore store(dir.path(), SecretStore::Backend::FileOnly);
    ASSERT_TRUE(store.write(QStringLiteral("../../escape me"), QStringLiteral("s3cret")));
    EXPECT_EQ(store.read(QStringLiteral("../../escape me")), QStringLiteral("s3cret"));
    ASSERT_EQ(secretFiles().size(), 1);
    EXPECT_FALSE(secretFiles().first().contains(u'/'));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("escape me"))));
}

TEST_F(SecretStoreTest, AutomaticWorksWithOrWithoutAKeychainAndQuickly)
{
    // A unique name, so a real keychain on a developer's machine is not disturbed.
    const QString name =
        QStringLiteral("storyteller-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("sk-auto-") + QUuid::createUuid().toString(QUuid::Id128);
    SecretStore store(dir.path(), SecretStore::Backend::Automatic);
    QElapsedTimer clock;
    clock.start();

    ASSERT_TRUE(store.write(name, secret));
    const QString backend = store.lastBackend();
    EXPECT_TRUE(backend == QLatin1String("keychain") || backend == QLatin1String("file"));
    EXPECT_EQ(store.read(name), secret);
    if (backend == QLatin1String("file")) {
        // The fallback is the private file.
        EXPECT_EQ(secretFiles().size(), 1);
    } else {
        EXPECT_TRUE(secretFiles().isEmpty()); // no stale copy next to the keychain's
    }
    EXPECT_TRUE(store.remove(name));
    EXPECT_TRUE(store.read(name).isEmpty());
    EXPECT_TRUE(secretFiles().isEmpty());
    // Five keychain calls: well within a few seconds when no service answers.
    EXPECT_LT(clock.elapsed(), 5000) << "backend " << backend.toStdString();
}

} // namespace
} // namespace st
