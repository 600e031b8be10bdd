#include "core/reading/MecabTagger.h"

#include "core/reading/ReadingLog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <mecab.h>

namespace st {

struct MecabTagger::Handle
{
    mecab_t* tagger = nullptr;
    ~Handle()
    {
        if (tagger)
            mecab_destroy(tagger);
    }
};

MecabTagger::MecabTagger(std::unique_ptr<Handle> handle) : m_handle(std::move(handle)) {}

MecabTagger::~MecabTagger() = default;

QString MecabTagger::defaultDictionary()
{
    const QString naist = QStringLiteral("/var/lib/mecab/dic/naist-jdic");
    return QFileInfo(naist + QStringLiteral("/sys.dic")).isFile() ? naist : QString();
}

std::unique_ptr<MecabTagger> MecabTagger::open(const QString& dictionaryDir, QString* error)
{
    const QString dir = dictionaryDir.isEmpty() ? defaultDictionary() : dictionaryDir;
    // "-d DIR" names the dictionary; with no rc file MeCab still needs -r to not fail
    // when /etc/mecabrc is missing, so name it only when it is there.
    QByteArray args = "mecab";
    if (!dir.isEmpty())
        args += " -d " + QFile::encodeName(dir);
    if (!QFileInfo::exists(QStringLiteral("/etc/mecabrc")))
        args += " -r /dev/null";
    auto handle = std::make_unique<Handle>();
    handle->tagger = mecab_new2(args.constData());
    if (!handle->tagger) {
        QString reason = QString::fromLocal8Bit(mecab_strerror(nullptr)).trimmed();
        if (reason.isEmpty())
            reason = dir.isEmpty() ? QStringLiteral("no dictionary")
                                   : QStringLiteral("no dictionary in %1").arg(dir);
        qCWarning(lcReading) << "MeCab did not open:" << reason;
        if (error)
            *error = QCoreApplication::translate(
                         "st::MecabTagger",
                         "The Japanese dictionary could not be opened (%1). Install the "
                         "packages mecab-naist-jdic and libmecab2; until then the local voice "
                         "reads Japanese kanji poorly.")
                         .arg(reason);
        return nullptr;
    }
    return std::unique_ptr<MecabTagger>(new MecabTagger(std::move(handle)));
}

QVector<MecabWord> MecabTagger::words(const QString& text)
{
    QVector<MecabWord> out;
    const QByteArray utf8 = text.toUtf8();
    const mecab_node_t* node =
        mecab_sparse_tonode2(m_handle->tagger, utf8.constData(), size_t(utf8.size()));
    if (!node) {
        qCWarning(lcReading) << "MeCab could not read a sentence:"
                             << mecab_strerror(m_handle->tagger);
        return out;
    }
    for (; node; node = node->next) {
        if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
            continue;
        MecabWord word;
        word.surface = QString::fromUtf8(node->surface, node->length);
        word.spaceBefore = node->rlength > node->length;
        const QStringList features = QString::fromUtf8(node->feature).split(u',');
        word.partOfSpeech = features.value(0);
        const QString said = features.value(8);
        if (node->stat == MECAB_NOR_NODE && !said.isEmpty() && said != u'*')
            word.pronunciation = said;
        out.append(word);
    }
    return out;
}

} // namespace st
