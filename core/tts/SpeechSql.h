#pragma once

#include <QString>

/// Named SQL for the speech cache. Every value comes in as a bound parameter.
namespace st::sql {

inline const QString findSpeechClip =
    QStringLiteral("SELECT format, duration_ms, audio FROM speech_clips "
                   "WHERE message_id = :message AND sentence = :sentence AND voice_key = :key");

inline const QString storeSpeechClip = QStringLiteral(
    "INSERT OR REPLACE INTO speech_clips "
    "(message_id, sentence, voice_key, text, provider, format, duration_ms, audio, created_at) "
    "VALUES (:message, :sentence, :key, :text, :provider, :format, :duration, :audio, :now)");

inline const QString selectSpeechClips = QStringLiteral(
    "SELECT sentence, text, provider, voice_key, format, duration_ms, audio FROM speech_clips "
    "WHERE message_id = :message ORDER BY sentence");

inline const QString countSpeechClips =
    QStringLiteral("SELECT count(*) FROM speech_clips WHERE message_id = :message");

inline const QString trimSpeechClips =
    QStringLiteral("DELETE FROM speech_clips WHERE message_id = :message AND sentence >= :count");

inline const QString removeSpeechClips =
    QStringLiteral("DELETE FROM speech_clips WHERE message_id = :message");

} // namespace st::sql
