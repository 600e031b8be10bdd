#include "core/match/ModelEvaluator.h"

#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/match/LexicalEvaluator.h"
#include "core/match/MatchLog.h"
#include "core/match/ScoreCache.h"
#include "core/match/ScoreParser.h"

namespace st {

ModelEvaluator::ModelEvaluator(const ScriptLibrary& library, const LexicalEvaluator& lexical,
                               ScoreCache& cache, ModelClient& client, QObject* parent)
    : QObject(parent), m_library(library), m_lexical(lexical), m_cache(cache), m_client(client)
{}

ModelEvaluator::~ModelEvaluator()
{
    cancel();
}

ChatRequest ModelEvaluator::judgeRequest(const QString& query, const Script& script)
{
    QString beginning;
    for (const Script::Section& s : script.tellableChapters()) {
        beginning += s.content + u' ';
        if (beginning.size() >= kBeginningChars)
            break;
    }
    const QHash<QString, QString> values{
        {QStringLiteral("request"), query.trimmed().left(LexicalEvaluator::kMaxQueryLength)},
        {QStringLiteral("title"), script.title},
        {QStringLiteral("summary"),
         script.summary.isEmpty() ? QStringLiteral("—") : script.summary},
        {QStringLiteral("keywords"), script.keywords.join(QStringLiteral(", "))},
        {QStringLiteral("beginning"), beginning.left(kBeginningChars).simplified()},
    };
    ChatRequest r;
    r.messages.append(
        {QStringLiteral("user"), PromptTemplate(QStringLiteral("evaluate")).render(values)});
    r.temperature = 0.0;
    r.maxTokens = 16;
    return r;
}

void ModelEvaluator::cancel()
{
    ++m_generation;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
        m_stream.release()->deleteLater();
    }
}

void ModelEvaluator::evaluate(const QString& query, const QString& language)
{
    cancel();
    m_result = {};
    if (auto early = m_lexical.preliminary(query, language)) {
        m_result = *early;
        finish();
        return;
    }
    m_result.query = query.trimmed();
    m_result.language = language;
    QVector<qint64> lexical;
    for (const LexicalEvaluator::Ranked& r : m_lexical.rank(query, language, kCandidates))
        lexical.append(r.scriptId);
    const int generation = m_generation;
    auto judgeThese = [this, generation](QVector<qint64> candidates) {
        if (generation != m_generation)
            return;
        m_queue = candidates.mid(0, kJudged);
        m_result.candidates = candidates;
        if (m_queue.isEmpty()) {
            Q_EMIT step(tr("No story in the library matches that request."));
            finish();
            return;
        }
        judgeNext();
    };
    if (m_ranker) {
        Q_EMIT step(tr("Searching the library by meaning…"));
        m_ranker(m_result.query, language, lexical, judgeThese);
    } else {
        judgeThese(lexical);
    }
}

void ModelEvaluator::judgeNext()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const qint64 id = m_queue.takeFirst();
    const auto script = m_library.script(id);
    if (!script) {
        judgeNext();
        return;
    }
    Q_EMIT step(tr("Asking the model whether “%1” is the one…").arg(script->title));
    const QString model = m_client.config().model;
    if (const auto cached = m_cache.get(m_result.query, id, model)) {
        judged(id, *cached);
        return;
    }
    m_stream = m_client.chat(judgeRequest(m_result.query, *script));
    ReplyStream* stream = m_stream.get();
    connect(stream, &ReplyStream::finished, this, [this, stream, id, model] {
        const ScoreParser::Result parsed = ScoreParser::parse(stream->text());
        m_stream.release()->deleteLater();
        if (!parsed.score) {
            fail(parsed.error);
            return;
        }
        m_cache.put(m_result.query, id, model, *parsed.score);
        judged(id, *parsed.score);
    });
    connect(stream, &ReplyStream::failed, this, [this](const QString& message) {
        m_stream.release()->deleteLater();
        fail(message);
    });
    stream->start();
}

void ModelEvaluator::judged(qint64 scriptId, int score)
{
    qCDebug(lcMatch) << "judged" << scriptId << score;
    if (score > m_result.score || m_result.scriptId == 0) {
        m_result.score = score;
        m_result.scriptId = scriptId;
        if (const auto info = m_library.info(scriptId))
            m_result.title = info->title;
    }
    if (m_result.score >= m_matchThreshold)
        m_queue.clear();
    judgeNext();
}

void ModelEvaluator::fail(const QString& message)
{
    m_queue.clear();
    m_result.error = message;
    finish();
}

void ModelEvaluator::finish()
{
    Q_EMIT finished(m_result);
}

} // namespace st
