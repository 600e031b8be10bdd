#include "core/text/RequestWords.h"

#include "core/text/SearchText.h"

#include <QRegularExpression>
#include <QSet>

namespace st {
namespace {

const QStringList& exitWords()
{
    static const QStringList words{
        QStringLiteral("exit"),  QStringLiteral("quit"),     QStringLiteral("/exit"),
        QStringLiteral("종료"),  QStringLiteral("끝"),       QStringLiteral("그만"),
        QStringLiteral("終了"),  QStringLiteral("おわり"),   QStringLiteral("終わり"),
        QStringLiteral("salir"), QStringLiteral("terminar"), QStringLiteral("fin")};
    return words;
}

const QStringList& anythingWords()
{
    static const QStringList words{
        QStringLiteral("anything"),        QStringLiteral("any"),
        QStringLiteral("whatever"),        QStringLiteral("random"),
        QStringLiteral("something"),       QStringLiteral("surprise me"),
        QStringLiteral("anything at all"), QStringLiteral("any one"),
        QStringLiteral("아무거나"),        QStringLiteral("아무"),
        QStringLiteral("아무거나 좋아"),   QStringLiteral("랜덤"),
        QStringLiteral("なんでも"),        QStringLiteral("何でも"),
        QStringLiteral("なんでもいい"),    QStringLiteral("何でもいい"),
        QStringLiteral("おまかせ"),        QStringLiteral("お任せ"),
        QStringLiteral("cualquiera"),      QStringLiteral("cualquier cosa"),
        QStringLiteral("lo que sea"),      QStringLiteral("sorprendeme"),
        QStringLiteral("cualquier")};
    return words;
}

// Whole words (compared after folding accents and case).
const QSet<QString>& fillerWords()
{
    static const QSet<QString> words{
        // English
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("of"),
        QStringLiteral("about"), QStringLiteral("tell"), QStringLiteral("me"),
        QStringLiteral("story"), QStringLiteral("stories"), QStringLiteral("please"),
        QStringLiteral("i"), QStringLiteral("want"), QStringLiteral("to"), QStringLiteral("hear"),
        QStringLiteral("would"), QStringLiteral("like"), QStringLiteral("you"),
        QStringLiteral("could"), QStringLiteral("can"), QStringLiteral("some"),
        QStringLiteral("know"), QStringLiteral("let"), QStringLiteral("s"), QStringLiteral("us"),
        QStringLiteral("talk"), QStringLiteral("what"), QStringLiteral("happened"),
        QStringLiteral("with"), QStringLiteral("on"), QStringLiteral("is"), QStringLiteral("was"),
        QStringLiteral("and"),
        // Spanish (accents folded)
        QStringLiteral("el"), QStringLiteral("la"), QStringLiteral("los"), QStringLiteral("las"),
        QStringLiteral("un"), QStringLiteral("una"), QStringLiteral("de"), QStringLiteral("del"),
        QStringLiteral("sobre"), QStringLiteral("cuentame"), QStringLiteral("cuenta"),
        QStringLiteral("historia"), QStringLiteral("quiero"), QStringLiteral("escuchar"),
        QStringLiteral("oir"), QStringLiteral("por"), QStringLiteral("favor"),
        QStringLiteral("que"), QStringLiteral("paso"), QStringLiteral("y"), QStringLiteral("me"),
        QStringLiteral("hablame"), QStringLiteral("relato")};
    return words;
}

// Phrases removed anywhere (Korean and Japanese requests, no word breaks needed).
const QStringList& fillerPhrases()
{
    static const QStringList phrases{QStringLiteral("이야기해 주세요"),
                                     QStringLiteral("이야기해줘"),
                                     QStringLiteral("이야기"),
                                     QStringLiteral("얘기"),
                                     QStringLiteral("들려주세요"),
                                     QStringLiteral("들려줘"),
                                     QStringLiteral("해주세요"),
                                     QStringLiteral("해줘"),
                                     QStringLiteral("알려주세요"),
                                     QStringLiteral("알려줘"),
                                     QStringLiteral("에 대해서"),
                                     QStringLiteral("에 대해"),
                                     QStringLiteral("에 대한"),
                                     QStringLiteral("에 관한"),
                                     QStringLiteral("듣고 싶어요"),
                                     QStringLiteral("듣고 싶어"),
                                     QStringLiteral("싶어요"),
                                     QStringLiteral("주세요"),
                                     QStringLiteral("についての"),
                                     QStringLiteral("について"),
                                     QStringLiteral("を教えて"),
                                     QStringLiteral("教えてください"),
                                     QStringLiteral("教えて"),
                                     QStringLiteral("を聞かせて"),
                                     QStringLiteral("聞かせてください"),
                                     QStringLiteral("聞かせて"),
                                     QStringLiteral("が聞きたい"),
                                     QStringLiteral("聞きたい"),
                                     QStringLiteral("を話して"),
                                     QStringLiteral("話してください"),
                                     QStringLiteral("話して"),
                                     QStringLiteral("ください"),
                                     QStringLiteral("の物語"),
                                     QStringLiteral("物語"),
                                     QStringLiteral("のお話"),
                                     QStringLiteral("お話"),
                                     QStringLiteral("の話"),
                                     QStringLiteral("のこと")};
    return phrases;
}

} // namespace

QString RequestWords::normalized(const QString& text)
{
    QString t = text.toLower().simplified();
    static const QRegularExpression edges(QStringLiteral("^[\\p{P}\\s]+|[\\p{P}\\s]+$"));
    t.remove(edges);
    t.replace(QStringLiteral("é"), QStringLiteral("e"));
    t.replace(QStringLiteral("á"), QStringLiteral("a"));
    return t;
}

bool RequestWords::isExit(const QString& message)
{
    return exitWords().contains(normalized(message));
}

bool RequestWords::isAnything(const QString& request)
{
    const QString n = normalized(request);
    if (anythingWords().contains(n))
        return true;
    const QString stripped = normalized(stripFiller(request));
    return !stripped.isEmpty() && anythingWords().contains(stripped) && n.size() <= 60;
}

QString RequestWords::exitWord(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("종료");
    if (language == QLatin1String("ja"))
        return QStringLiteral("おわり");
    if (language == QLatin1String("es"))
        return QStringLiteral("salir");
    return QStringLiteral("exit");
}

QString RequestWords::stripFiller(const QString& request)
{
    QString text = request;
    for (const QString& phrase : fillerPhrases())
        text.replace(phrase, QStringLiteral(" "));
    QStringList kept;
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QStringList terms = SearchText::terms(word);
        if (terms.size() == 1 && fillerWords().contains(terms.first()))
            continue;
        kept.append(word);
    }
    return kept.join(QChar::Space);
}

} // namespace st
