#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

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
};

/// Drives one QNetworkReply to its end: enforces a deadline, honours aborts,
/// and reads the body in bounded slices, one per turn of the event loop, so a
/// 40 MB answer never holds the GUI thread for more than a few milliseconds.
class HttpExchange final : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of @p reply. @p padding extra bytes are reserved after the body.
    HttpExchange(QNetworkReply *reply, int timeoutMs, qsizetype padding, QObject *parent);

    /// Bytes moved from the network per event-loop turn.
    static constexpr qint64 kSlice = 256 << 10;

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
    void complete();
    void keepSslErrors(const QList<QSslError> &errors);

    QNetworkReply *m_reply;
    QTimer m_deadline;
    qsizetype m_padding;
    bool m_networkFinished = false;
    bool m_sliceQueued = false;
    bool m_done = false;
    HttpOutcome m_outcome;
};

} // namespace lotse
