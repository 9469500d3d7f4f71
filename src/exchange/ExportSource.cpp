#include "exchange/ExportSource.h"

#include "domain/Error.h"
#include "exchange/ExportParse.h"
#include "exchange/ProtectedFile.h"
#include "storage/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace mooring {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

constexpr qint64 kReadPiece = 256 * 1024;

Error unreadable(const QString& path) {
    return Error(
        Error::Kind::Damaged,
        tr("The file %1 could not be read to the end. Nothing was changed.").arg(QDir::toNativeSeparators(path)));
}

std::unique_ptr<QFile> openFile(const QString& path) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Damaged, tr("The file %1 could not be read. Please check that you may open it.")
                                              .arg(QDir::toNativeSeparators(path)));
    return file;
}

// Hands out whatever `fill` gives next, one piece at a time; an empty piece is the end.
// Each piece is wiped when the next one takes its place: it may be the person's words.
class PieceBuffer : public std::streambuf {
public:
    ~PieceBuffer() override { wipe(); }

protected:
    virtual bool fill(QByteArray& piece) = 0;

    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        wipe();
        if (!fill(m_piece) || m_piece.isEmpty()) return traits_type::eof();
        setg(m_piece.data(), m_piece.data(), m_piece.data() + m_piece.size());
        return traits_type::to_int_type(*gptr());
    }

private:
    void wipe() {
        if (!m_piece.isEmpty()) sodium_memzero(m_piece.data(), std::size_t(m_piece.size()));
        m_piece.clear();
        setg(nullptr, nullptr, nullptr);
    }
    QByteArray m_piece;
};

class ReadableFileBuffer : public PieceBuffer {
public:
    explicit ReadableFileBuffer(const QString& path) : m_path(path), m_file(openFile(path)) {}

protected:
    bool fill(QByteArray& piece) override {
        piece = m_file->read(kReadPiece);
        if (m_file->error() != QFileDevice::NoError) throw unreadable(m_path);
        return !piece.isEmpty();
    }

private:
    QString m_path;
    std::unique_ptr<QFile> m_file;
};

class ProtectedFileBuffer : public PieceBuffer {
public:
    ProtectedFileBuffer(const QString& path, std::shared_ptr<const SecureBuffer> key)
        : m_file(openFile(path)), m_opener(*m_file, std::move(key)) {}

protected:
    bool fill(QByteArray& piece) override {
        // An empty chunk that is not the last one cannot be: the last is the short one.
        while (std::optional<QByteArray> next = m_opener.next()) {
            piece = std::move(*next);
            if (!piece.isEmpty()) return true;
        }
        return false;
    }

private:
    std::unique_ptr<QFile> m_file;
    ProtectedFile::Opener m_opener;
};

class MemoryBuffer : public exportParse::ViewBuffer {
public:
    explicit MemoryBuffer(QByteArray json) : ViewBuffer(json), m_json(std::move(json)) {}

private:
    QByteArray m_json;  // shares the source's bytes, which stay put
};

class JsonSource : public ExportSource {
public:
    explicit JsonSource(QByteArray json) : m_json(std::move(json)) {}
    ~JsonSource() override {
        if (m_json.isDetached()) sodium_memzero(m_json.data(), std::size_t(m_json.size()));
    }
    std::unique_ptr<std::streambuf> open() const override { return std::make_unique<MemoryBuffer>(m_json); }

private:
    QByteArray m_json;
};

class FileSource : public ExportSource {
public:
    FileSource(QString path, std::shared_ptr<const SecureBuffer> key)
        : m_path(std::move(path)), m_key(std::move(key)) {}
    std::unique_ptr<std::streambuf> open() const override {
        if (m_key) return std::make_unique<ProtectedFileBuffer>(m_path, m_key);
        return std::make_unique<ReadableFileBuffer>(m_path);
    }

private:
    QString m_path;
    std::shared_ptr<const SecureBuffer> m_key;  // null for a readable file
};

}  // namespace

std::shared_ptr<const ExportSource> ExportSource::fromJson(QByteArray json) {
    return std::make_shared<JsonSource>(std::move(json));
}

std::shared_ptr<const ExportSource> ExportSource::fromFile(const QString& path, const SecureBuffer* passphrase) {
    if (!passphrase) return std::make_shared<FileSource>(path, nullptr);
    const std::unique_ptr<QFile> file = openFile(path);
    const ProtectedFile::Opener opener(*file, *passphrase);
    return std::make_shared<FileSource>(path, opener.key());
}

}  // namespace mooring
