#include "core/llm/ProviderConfig.h"

namespace st {

QUrl ProviderConfig::endpoint(const QString& path) const
{
    QUrl url = baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (api == ProviderPreset::Api::OpenAi && base.isEmpty())
        base = QStringLiteral("/v1"); // "http://localhost:1234" means its /v1 API
    url.setPath(base + (path.startsWith(u'/') ? path : u'/' + path));
    return url;
}

} // namespace st
