#include "core/store/MessageListModel.h"

#include "support/QtPrinters.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace st {
namespace {

MessageRecord message(qint64 id, MessageRecord::Role role, const QString& content,
                      MessageRecord::Status status, int chapter)
{
    MessageRecord m;
    m.id = id;
    m.sessionId = 1;
    m.seq = static_cast<int>(id);
    m.role = role;
    m.content = content;
    m.status = status;
    m.chapter = chapter;
    m.createdAt = 1000 * id;
    return m;
}

TEST(MessageListModelTest, RowsAndRoles)
{
    MessageListModel model;
    EXPECT_EQ(model.rowCount(), 0);
    model.setMessages({message(1, MessageRecord::Role::Assistant, QStringLiteral("hook?"),
                               MessageRecord::Status::Complete, 0),
                       message(2, MessageRecord::Role::User, QStringLiteral("no idea"),
                               MessageRecord::Status::Complete, -1),
                       message(3, MessageRecord::Role::Assistant, QStringLiteral("chapter"),
                               MessageRecord::Status::Interrupted, 1)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowCount(model.index(0)), 0); // a list: no children

    const QModelIndex first = model.index(0);
    EXPECT_EQ(model.data(first, Qt::DisplayRole).toString(), QStringLiteral("hook?"));
    EXPECT_EQ(model.data(first, MessageListModel::ContentRole).toString(), QStringLiteral("hook?"));
    EXPECT_EQ(model.data(first, MessageListModel::IdRole).toLongLong(), 1);
    EXPECT_EQ(model.data(first, MessageListModel::RoleRole).toString(),
              QStringLiteral("assistant"));
    EXPECT_EQ(model.data(first, MessageListModel::StatusRole).toString(),
              QStringLiteral("complete"));
    EXPECT_EQ(model.data(first, MessageListModel::ChapterRole).toInt(), 0);
    EXPECT_EQ(model.data(first, MessageListModel::CreatedAtRole).toLongLong(), 1000);

    EXPECT_EQ(model.data(model.index(1), MessageListModel::RoleRole).toString(),
              QStringLiteral("user"));
    EXPECT_EQ(model.data(model.index(2), MessageListModel::StatusRole).toString(),
              QStringLiteral("interrupted"));
    EXPECT_EQ(model.data(model.index(2), MessageListModel::ChapterRole).toInt(), 1);

    EXPECT_FALSE(model.data(model.index(3), Qt::DisplayRole).isValid());
    EXPECT_FALSE(model.data(first, Qt::DecorationRole).isValid());
    EXPECT_EQ(model.at(2).content, QStringLiteral("chapter"));
}

TEST(MessageListModelTest, RoleNames)
{
    MessageListModel model;
    const auto names = model.roleNames();
    EXPECT_EQ(names.value(MessageListModel::ContentRole), QByteArray("content"));
    EXPECT_EQ(names.value(MessageListModel::RoleRole), QByteArray("role"));
    EXPECT_EQ(names.value(MessageListModel::StatusRole), QByteArray("status"));
    EXPECT_EQ(names.value(MessageListModel::ChapterRole), QByteArray("chapter"));
    EXPECT_EQ(names.value(MessageListModel::IdRole), QByteArray("messageId"));
    EXPECT_EQ(names.value(MessageListModel::CreatedAtRole), QByteArray("createdAt"));
}

TEST(MessageListModelTest, AppendAndStreamIntoARow)
{
    MessageListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const int row0 = model.append(message(0, MessageRecord::Role::User, QStringLiteral("hi"),
                                          MessageRecord::Status::Complete, -1));
    const int row1 = model.append(message(0, MessageRecord::Role::Assistant, QStringLiteral("On"),
                                          MessageRecord::Status::Streaming, 1));
    EXPECT_EQ(row0, 0);
    EXPECT_EQ(row1, 1);
    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 1);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 1);

    model.setContent(row1, QStringLiteral("On the fourth"), MessageRecord::Status::Streaming);
    model.setContent(row1, QStringLiteral("On the fourth of December."),
                     MessageRecord::Status::Complete);
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(model.data(model.index(1), Qt::DisplayRole).toString(),
              QStringLiteral("On the fourth of December."));
    EXPECT_EQ(model.data(model.index(1), MessageListModel::StatusRole).toString(),
              QStringLiteral("complete"));

    model.setId(row1, 77);
    EXPECT_EQ(model.data(model.index(1), MessageListModel::IdRole).toLongLong(), 77);

    // Out of range: ignored, nothing signalled.
    model.setContent(5, QStringLiteral("x"), MessageRecord::Status::Error);
    model.setContent(-1, QStringLiteral("x"), MessageRecord::Status::Error);
    model.setId(9, 1);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(MessageListModelTest, SetMessagesResets)
{
    MessageListModel model;
    model.append(message(1, MessageRecord::Role::User, QStringLiteral("old"),
                         MessageRecord::Status::Complete, -1));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMessages({});
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.messages().isEmpty());
}

} // namespace

TEST(MessageListModelTest, AScreenReaderHearsWhoSpokeThenWhat)
{
    MessageListModel model;
    model.setMessages({message(1, MessageRecord::Role::Assistant, QStringLiteral("hook?"),
                               MessageRecord::Status::Complete, 0),
                       message(2, MessageRecord::Role::User, QStringLiteral("no idea"),
                               MessageRecord::Status::Complete, -1),
                       message(3, MessageRecord::Role::Assistant, QStringLiteral("chapter"),
                               MessageRecord::Status::Complete, 5)});
    const auto text = [&](int row) {
        return model.data(model.index(row), Qt::AccessibleTextRole).toString();
    };
    EXPECT_EQ(text(0), QStringLiteral("Narrator: hook?"));
    EXPECT_EQ(text(1), QStringLiteral("You: no idea"));
    EXPECT_EQ(text(2), QStringLiteral("Narrator, chapter 5: chapter"));
    // What is shown stays the message alone.
    EXPECT_EQ(model.data(model.index(2), Qt::DisplayRole).toString(), QStringLiteral("chapter"));
}

} // namespace st
