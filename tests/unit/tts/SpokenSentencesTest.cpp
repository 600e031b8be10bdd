// SpokenSentences numbers a message's sentences for the SpeechCache; narration
// (NarrationQueue) and export (SessionAudioExporter) must agree on them, or an export would
// not find the clips narration stored. Checked here against a real queue for several texts.
#include "core/tts/SpokenSentences.h"

#include "core/tts/NarrationQueue.h"
#include "support/FakeAudioPlayer.h"
#include "support/FakeTtsProvider.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using State = NarrationQueue::State;

const QStringList& sampleTexts()
{
    static const QStringList texts{
        QStringLiteral("The ship was found adrift. Nobody was aboard! Where had they gone?"),
        QStringLiteral("## Chapter 1\n\n**The crew** vanished 🚢. Mr. Briggs wrote at 3.5 "
                       "knots…\n\n- a *list* item\n- another one\n\n> a quote. Read "
                       "[this](http://x.y)."),
        QStringLiteral("Before the code.\n```js\nconsole.log(\"not read. at all.\");\n```\nAfter "
                       "it. ~~~\nstill code.\n~~~\nDone 🎉🎉\n🎉🎉"),
        QStringLiteral("배가 발견되었다. 아무도 없었다! 선장은 어디로 갔을까? “그들은 사라졌다.”"),
        QStringLiteral("船は漂っていた。誰もいなかった！なぜだろう？「わからない」と彼は言った。"),
        QStringLiteral("Una tarde, el Sr. García dijo: ¡nadie! ¿Dónde estaban? EE. UU. no "
                       "respondió."),
        QStringLiteral("This sentence is long, far longer than forty characters, so it is cut "
                       "at a comma; and again, and again."),
    };
    return texts;
}

/// What a NarrationQueue reads of \a text: (written, spoken) per sentence, in order.
QVector<SpokenSentence> readByQueue(const QString& text, int maxChars, bool byCharacter)
{
    FakeTtsProvider voice;
    voice.maxChars = maxChars;
    FakeAudioPlayer player;
    NarrationQueue queue(player);
    queue.setProvider(&voice);
    QStringList written;
    QObject::connect(&queue, &NarrationQueue::sentenceStarted,
                     [&written](qint64, int, const QString& t) { written.append(t); });
    queue.begin(1, NarrationQueue::Voice());
    if (byCharacter) {
        for (const QChar c : text)
            queue.feed(QString(c));
    } else {
        queue.feed(text);
    }
    queue.finish();
    EXPECT_TRUE(QTest::qWaitFor([&queue] { return queue.state() == State::Idle; }, 5000));
    QVector<SpokenSentence> out;
    for (int i = 0; i < written.size(); ++i)
        out.append({written[i], voice.requests.value(i).text});
    return out;
}

std::string show(const QVector<SpokenSentence>& sentences)
{
    QString out;
    for (const SpokenSentence& s : sentences)
        out += s.text + QStringLiteral(" => ") + s.speech + u'\n';
    return out.toStdString();
}

TEST(SpokenSentencesTest, SameSentencesAsTheNarrationQueue)
{
    for (const int maxChars : {4096, 40}) {
        for (const QString& text : sampleTexts()) {
            const QVector<SpokenSentence> expected = SpokenSentences::of(text, maxChars);
            ASSERT_FALSE(expected.isEmpty()) << text.toStdString();
            EXPECT_EQ(readByQueue(text, maxChars, false), expected)
                << text.toStdString() << "\n--- expected\n"
                << show(expected);
            EXPECT_EQ(readByQueue(text, maxChars, true), expected) << text.toStdString();
        }
    }
}

TEST(SpokenSentencesTest, CodeFencesAndEmojiAreSkipped)
{
    const QVector<SpokenSentence> s = SpokenSentences::of(sampleTexts().at(2), 4096);
    QStringList speech;
    for (const SpokenSentence& sentence : s)
        speech.append(sentence.speech);
    EXPECT_EQ(speech, (QStringList{QStringLiteral("Before the code."), QStringLiteral("After it."),
                                   QStringLiteral("Done")}));
}

TEST(SpokenSentencesTest, MarkdownIsWrittenButNotSpoken)
{
    const QVector<SpokenSentence> s = SpokenSentences::of(
        QStringLiteral("**The crew** vanished 🚢. Read [this](http://x.y)."), 4096);
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s[0].text, QStringLiteral("**The crew** vanished 🚢."));
    EXPECT_EQ(s[0].speech, QStringLiteral("The crew vanished."));
    EXPECT_EQ(s[1].speech, QStringLiteral("Read this."));
}

TEST(SpokenSentencesTest, DeltasGiveTheSameSentencesAsTheWholeText)
{
    for (const QString& text : sampleTexts()) {
        SpokenSentences incremental(4096);
        QVector<SpokenSentence> pieces;
        for (qsizetype i = 0; i < text.size(); i += 3)
            pieces += incremental.feed(text.mid(i, 3));
        pieces += incremental.finish();
        EXPECT_EQ(pieces, SpokenSentences::of(text, 4096)) << text.toStdString();
    }
}

TEST(SpokenSentencesTest, LimitIsTheSmallerOfBothVoices)
{
    FakeTtsProvider a;
    FakeTtsProvider b;
    a.maxChars = 300;
    b.maxChars = 200;
    EXPECT_EQ(SpokenSentences::maxCharsFor(&a, &b), 200);
    EXPECT_EQ(SpokenSentences::maxCharsFor(&a, nullptr), 300);
    EXPECT_EQ(SpokenSentences::maxCharsFor(nullptr, nullptr), 4096);
    a.maxChars = 3;
    EXPECT_EQ(SpokenSentences::maxCharsFor(&a, nullptr), 16);
}

} // namespace
} // namespace st
