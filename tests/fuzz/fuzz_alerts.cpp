// libFuzzer target: the alerts APIs' bodies (Prometheus' alerts and rules,
// Alertmanager's alerts) as any server may send them, and the runbook links
// in them.
#include "alerts/alertsparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto &parsed : {lotse::AlertsParser::prometheusAlerts(body), lotse::AlertsParser::prometheusRules(body),
                               lotse::AlertsParser::alertmanagerAlerts(body)}) {
        if (!parsed)
            continue;
        // What the Alerts area does next: every text is shown, every link followed.
        qsizetype length = 0;
        for (const lotse::Alert &alert : *parsed)
            length += alert.labelsText().size() + alert.text(QStringLiteral("summary"), QStringLiteral("de")).size()
                + lotse::RunbookLink::parse(alert.annotations.value(QStringLiteral("runbook_url"))).toString().size();
        (void)length;
    }
    (void)lotse::RunbookLink::parse(QString::fromUtf8(body)).toString();
    return 0;
}
