#include "core/narration/ListenerWords.h"

#include "core/narration/NarrationLog.h"
#include "core/store/SearchFold.h"
#include "core/util/JsonInput.h"

#include <QFile>
#include <algorithm>

namespace st {
namespace {

QStringList foldedList(const JsonInput::Json& object, const char* key, bool folded = true)
{
    QStringList out;
    const JsonInput::Json* list = JsonInput::member(object, key);
    if (!list || !list->is_array())
        return out;
    for (const JsonInput::Json& item : *list) {
        if (!item.is_string())
            continue;
        const QString text = QString::fromStdString(item.get<std::string>());
        out.append(folded ? ListenerWords::fold(text) : text);
    }
    out.removeAll(QString());
    out.removeDuplicates();
    // Longest first, so "go back" is taken before "back".
    std::stable_sort(out.begin(), out.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return out;
}

} // namespace

const QStringList& ListenerWords::Language::phrases(ListenerTurn::Kind kind) const
{
    static const QStringList none;
    const auto it = commands.find(int(kind));
    return it == commands.end() ? none : it.value();
}

QString ListenerWords::fold(const QString& text)
{
    QString t = SearchFold::fold(text);
    t.replace(QChar(0x2019), u'\'');
    t.replace(QChar(0x2018), u'\'');
    return t.simplified();
}

ListenerWords::ListenerWords(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcNarration) << "listener words missing:" << path;
        return;
    }
    const JsonInput::Parsed parsed = JsonInput::parse(file.readAll());
    if (!parsed.ok() || !parsed.value.is_object()) {
        qCWarning(lcNarration) << "listener words unreadable:" << parsed.message();
        return;
    }
    using Kind = ListenerTurn::Kind;
    for (const char* code : {"en", "ko", "ja", "es"}) {
        const JsonInput::Json* lists = JsonInput::member(parsed.value, code);
        if (!lists || !lists->is_object())
            continue;
        Language l;
        l.code = QString::fromLatin1(code);
        l.spaced = l.code != QLatin1String("ja");
        for (Kind kind : {Kind::Next, Kind::Repeat, Kind::Back, Kind::Skip, Kind::Shorter,
                          Kind::Longer, Kind::Exit})
            l.commands.insert(int(kind), foldedList(*lists, ListenerTurn::name(kind).toLatin1()));
        l.backVerbs = foldedList(*lists, "back_verbs");
        l.filler = foldedList(*lists, "filler");
        l.interrogatives = foldedList(*lists, "interrogatives");
        l.auxiliaries = foldedList(*lists, "auxiliaries");
        l.questionEndings = foldedList(*lists, "question_endings");
        l.questionStarts = foldedList(*lists, "question_starts");
        l.guesses = foldedList(*lists, "guesses");
        l.stopwords = foldedList(*lists, "stopwords");
        l.indefinite = foldedList(*lists, "indefinite");
        l.exclamations = foldedList(*lists, "exclamations");
        l.requests = foldedList(*lists, "requests");
        for (const QString& pattern : foldedList(*lists, "back_patterns", false)) {
            QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
            if (re.isValid())
                l.backPatterns.append(re);
            else
                qCWarning(lcNarration) << "listener words: bad pattern" << pattern;
        }
        if (const JsonInput::Json* numbers = JsonInput::member(*lists, "numbers");
            numbers && numbers->is_object()) {
            for (auto it = numbers->begin(); it != numbers->end(); ++it) {
                if (const auto n = JsonInput::integer(it.value(), 1, 99))
                    l.numbers.append({fold(QString::fromStdString(it.key())), int(*n)});
            }
            std::stable_sort(l.numbers.begin(), l.numbers.end(), [](const auto& a, const auto& b) {
                return a.first.size() > b.first.size();
            });
        }
        m_languages.insert(l.code, l);
    }
}

const ListenerWords::Language* ListenerWords::language(const QString& code) const
{
    const auto it = m_languages.find(code);
    return it == m_languages.end() ? nullptr : &it.value();
}

} // namespace st
