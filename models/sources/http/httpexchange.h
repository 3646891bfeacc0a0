#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <optional>

namespace lotse {

/// What one HTTP request ended with: a status and body, or a transport failure.
struct HttpOutcome
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QString reason;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    QByteArray body;                 ///< with spare capacity for a parser's padding
    QList<QSslError> sslErrors;      ///< what verifying the server's certificate found, if it spoke TLS
    QSslCertificate peerCertificate; ///< the certificate the server presented, if any
    bool encrypted = false;          ///< the TLS handshake completed (on this side)

    /// Why the exchange was cut short on this side, or why its body cannot be trusted.
    enum class Cut {
        None,
        BodyCap,         ///< the body grew past the size cap
        DecompressedCap, ///< the body, as unpacked from its Content-Encoding, grew past the cap
        Short,           ///< the body ended before its Content-Length, or the connection broke after the headers
        CrossOrigin,     ///< a redirect pointed at another scheme, host or port
        UnaskedPacking,  ///< the body came packed though the request asked for it plain
    };
    Cut cut = Cut::None;
    qint64 bodyCap = 0;     ///< the cap that applied, in bytes
    qint64 expected = -1;   ///< the Content-Length the server announced; -1 when it named none
    QString origin;         ///< the origin asked (for CrossOrigin)
    QString redirectOrigin; ///< the origin the redirect pointed to (for CrossOrigin)

    /// An HTTP answer whose status and whole body can be used: false for a
    /// transport failure, a timeout, a cut, or a 2xx whose body broke off.
    bool answered() const { return status != 0 && !timedOut && cut == Cut::None; }
};

/// Drives one QNetworkReply to its end: enforces a deadline, honours aborts,
/// and reads the body in bounded slices, one per turn of the event loop, so a
/// 40 MB answer never holds the GUI thread for more than a few milliseconds.
class HttpExchange final : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of @p reply. @p padding extra bytes are reserved after the body,
    /// which may hold at most @p maxBodyBytes. The reply's request must use
    /// prepare(): the exchange follows a redirect only within its origin.
    HttpExchange(QNetworkReply *reply, int timeoutMs, qsizetype padding, qint64 maxBodyBytes, QObject *parent);

    /// Bytes moved from the network per event-loop turn.
    static constexpr qint64 kSlice = 256 << 10;
    /// The body size cap when a connection names none (max_body_mb).
    static constexpr qint64 kDefaultMaxBody = 256LL << 20;
    /// Readies @p request for an exchange capped at @p maxBodyBytes: each
    /// redirect is put to the exchange, which keeps credentials from crossing
    /// to another origin, and Qt's own check for decompression bombs applies
    /// past the cap.
    ///
    /// @p compress chooses whether answers may come packed (gzip, deflate);
    /// unset, they may except from a loopback address (packsAnswers()).
    static void prepare(QNetworkRequest &request, qint64 maxBodyBytes, std::optional<bool> compress);
    /// Whether answers from @p url are asked for packed. On loopback there is
    /// no wire to save: Prometheus took 215 ms to send a 2.5 MB answer packed
    /// against 148 ms plain (curl), and Lotse's range changes went from 260 ms
    /// to 185 ms (bench_dashboard). Over a slow link (a tunnel) a connection
    /// turns packing back on with `compress: true`.
    static bool packsAnswers(const QUrl &url, std::optional<bool> compress);
    /// scheme://host:port of @p url, without user info or path.
    static QString origin(const QUrl &url);

public Q_SLOTS:
    void abort();

public:
    /// Moves the outcome out; valid once done() was emitted. Moving keeps the
    /// body unshared, so a parser can pad it in place instead of copying it.
    HttpOutcome takeOutcome() { return std::move(m_outcome); }

Q_SIGNALS:
    /// Emitted once, after the whole body was read.
    void done();

private:
    void readSlice();
    void checkHeaders();
    void checkRedirect(const QUrl &target);
    void cut(HttpOutcome::Cut why);
    void complete();
    void keepSslErrors(const QList<QSslError> &errors);

    QNetworkReply *m_reply;
    QTimer m_deadline;
    qsizetype m_padding;
    qint64 m_maxBody;
    bool m_networkFinished = false;
    bool m_sliceQueued = false;
    bool m_done = false;
    HttpOutcome m_outcome;
};

} // namespace lotse
