#include "core/tts/SpeechCache.h"

#include "core/tts/SpeechSql.h"
#include "core/tts/TtsLog.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace st {

SpeechCache::SpeechCache(QSqlDatabase db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{}

QString SpeechCache::voiceKey(const QString& providerTag, const TtsRequest& request)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QChar sep(0x1f); // unit separator: never in a voice name or a sentence boundary
    hash.addData((providerTag % sep % request.voice % sep %
                  QString::number(request.clampedSpeed(), 'f', 2) % sep % request.language % sep %
                  request.text)
                     .toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<TtsAudio> SpeechCache::find(qint64 messageId, int sentence,
                                          const QString& voiceKey) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::findSpeechClip);
    q.bindValue(QStringLiteral(":message"), messageId);
    q.bindValue(QStringLiteral(":sentence"), sentence);
    q.bindValue(QStringLiteral(":key"), voiceKey);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcTts) << "speech cache lookup failed:" << m_lastError;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    TtsAudio audio;
    audio.format = q.value(0).toString();
    audio.durationMs = q.value(1).toLongLong();
    audio.bytes = q.value(2).toByteArray();
    return audio;
}

bool SpeechCache::store(qint64 messageId, int sentence, const QString& voiceKey,
                        const QString& text, const QString& providerId, const TtsAudio& audio)
{
    QSqlQuery q(m_db);
    q.prepare(sql::storeSpeechClip);
    q.bindValue(QStringLiteral(":message"), messageId);
    q.bindValue(QStringLiteral(":sentence"), sentence);
    q.bindValue(QStringLiteral(":key"), voiceKey);
    q.bindValue(QStringLiteral(":text"), text);
    q.bindValue(QStringLiteral(":provider"), providerId);
    q.bindValue(QStringLiteral(":format"), audio.format);
    q.bindValue(QStringLiteral(":duration"), audio.durationMs);
    q.bindValue(QStringLiteral(":audio"), audio.bytes.isNull() ? QByteArray("") : audio.bytes);
    q.bindValue(QStringLiteral(":now"), m_clock());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcTts) << "speech cache write failed:" << m_lastError;
        return false;
    }
    return true;
}

QVector<SpeechCache::Clip> SpeechCache::clips(qint64 messageId) const
{
    QVector<Clip> out;
    QSqlQuery q(m_db);
    q.prepare(sql::selectSpeechClips);
    q.bindValue(QStringLiteral(":message"), messageId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Clip clip;
        clip.sentence = q.value(0).toInt();
        clip.text = q.value(1).toString();
        clip.providerId = q.value(2).toString();
        clip.voiceKey = q.value(3).toString();
        clip.audio.format = q.value(4).toString();
        clip.audio.durationMs = q.value(5).toLongLong();
        clip.audio.bytes = q.value(6).toByteArray();
        out.append(clip);
    }
    return out;
}

int SpeechCache::count(qint64 messageId) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::countSpeechClips);
    q.bindValue(QStringLiteral(":message"), messageId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool SpeechCache::trim(qint64 messageId, int sentenceCount)
{
    QSqlQuery q(m_db);
    q.prepare(sql::trimSpeechClips);
    q.bindValue(QStringLiteral(":message"), messageId);
    q.bindValue(QStringLiteral(":count"), sentenceCount);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool SpeechCache::remove(qint64 messageId)
{
    QSqlQuery q(m_db);
    q.prepare(sql::removeSpeechClips);
    q.bindValue(QStringLiteral(":message"), messageId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace st
