// speech-dispatcher, as libspeechd really talks to it: a stand-in dispatcher on a Unix
// socket of the test's own answers the SSIP protocol and records what Mooring asked for.
#include "speech/HelpText.h"
#include "speech/LocalSpeechSocket.h"
#include "speech/Script.h"
#include "speech/SpeechDispatcherSpeaker.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace mooring::speech;
using namespace Qt::StringLiterals;

namespace {

// Enough of a speech dispatcher for one client: it answers every command libspeechd sends,
// queues what is spoken, and sends "end" events when a test says a message was heard.
class StandInDispatcher {
public:
    explicit StandInDispatcher(const std::string& path) {
        m_listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path.c_str(), sizeof(address.sun_path) - 1);
        REQUIRE(::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
        REQUIRE(::listen(m_listener, 1) == 0);
        m_thread = std::thread([this] { serve(); });
    }
    ~StandInDispatcher() {
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        {
            std::lock_guard lock(m_mutex);
            if (m_client >= 0) ::shutdown(m_client, SHUT_RDWR);
        }
        m_thread.join();
        if (m_client >= 0) ::close(m_client);
    }

    // The commands received so far (without spoken text) and the texts spoken, in order.
    std::vector<std::string> commands() {
        std::lock_guard lock(m_mutex);
        return m_commands;
    }
    std::vector<std::string> spoken() {
        std::lock_guard lock(m_mutex);
        return m_spoken;
    }
    // Waits until `command` was received, as it was written.
    bool waitForCommand(const std::string& command) {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(5), [&] {
            for (const std::string& c : m_commands)
                if (c == command) return true;
            return false;
        });
    }
    // The dispatcher has finished reading message `id` aloud.
    void heard(int id) {
        std::lock_guard lock(m_mutex);
        send("702-" + std::to_string(id) + "\r\n702-" + std::to_string(kClientId) + "\r\n702 END\r\n");
    }

    static constexpr int kClientId = 7;

private:
    void send(const std::string& text) {
        if (m_client >= 0) (void)!::write(m_client, text.data(), text.size());
    }

    void serve() {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0) return;
        {
            std::lock_guard lock(m_mutex);
            m_client = client;
        }
        std::string buffer, body;
        bool receiving = false;
        char chunk[4096];
        for (ssize_t n; (n = ::read(client, chunk, sizeof chunk)) > 0;) {
            buffer.append(chunk, static_cast<size_t>(n));
            for (size_t end; (end = buffer.find("\r\n")) != std::string::npos;) {
                const std::string line = buffer.substr(0, end);
                buffer.erase(0, end + 2);
                std::lock_guard lock(m_mutex);
                if (receiving) {
                    if (line == ".") {
                        receiving = false;
                        m_spoken.push_back(body);
                        body.clear();
                        send("225-" + std::to_string(++m_lastId) + "\r\n225 OK MESSAGE QUEUED\r\n");
                    } else {
                        body += (body.empty() ? "" : "\n") + line;
                    }
                    continue;
                }
                m_commands.push_back(line);
                m_changed.notify_all();
                std::string upper = line;  // SSIP commands are case-insensitive
                std::transform(upper.begin(), upper.end(), upper.begin(),
                               [](unsigned char c) { return std::toupper(c); });
                if (upper == "SPEAK") {
                    receiving = true;
                    send("230 OK RECEIVING DATA\r\n");
                } else if (upper == "HISTORY GET CLIENT_ID") {
                    send("240-" + std::to_string(kClientId) + "\r\n240 OK CLIENT ID SENT\r\n");
                } else if (upper.rfind("SET SELF CLIENT_NAME", 0) == 0) {
                    send("208 OK CLIENT NAME SET\r\n");
                } else if (upper == "QUIT") {
                    send("231 HAPPY HACKING\r\n");
                } else {
                    send("200 OK\r\n");
                }
            }
        }
    }

    int m_listener = -1;
    int m_client = -1;
    int m_lastId = 100;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::string> m_commands;
    std::vector<std::string> m_spoken;
    std::thread m_thread;
};

bool contains(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace

TEST_CASE("speech-dispatcher is asked, on its Unix socket, to read the script in order", "[speech][dispatcher]") {
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    const QString path = runtime.filePath(u"speechd.sock"_s);
    StandInDispatcher dispatcher(path.toStdString());

    QString why;
    auto speaker = SpeechDispatcherSpeaker::open(LocalSpeechSocket::from(u"unix_socket:"_s + path, {}), &why);
    INFO(why.toStdString());
    REQUIRE(speaker);
    CHECK(speaker->engineName() == u"speech-dispatcher"_s);
    QSignalSpy finished(speaker.get(), &Speaker::finished);

    Script script;
    script.add({HelpText{"mooring::test", "Breathe in."}, HelpText{"mooring::test", "Breathe out."}});
    speaker->speak(script, Voice{u"de"_s, 150});
    CHECK(speaker->isSpeaking());
    CHECK(dispatcher.spoken() == std::vector<std::string>{"Breathe in.", "Breathe out."});
    const std::vector<std::string> commands = dispatcher.commands();
    CHECK(contains(commands, "SET SELF LANGUAGE de"));
    CHECK(contains(commands, "SET SELF RATE 50"));
    CHECK(contains(commands, "SET SELF PRIORITY TEXT"));
    CHECK(contains(commands, "SET SELF NOTIFICATION end on"));

    dispatcher.heard(101);  // the first sentence: there is more to read
    CHECK_FALSE(finished.wait(300));
    dispatcher.heard(102);  // the last one
    REQUIRE(finished.wait(5000));
    CHECK(finished.size() == 1);
    CHECK_FALSE(speaker->isSpeaking());
}

TEST_CASE("Stop cancels speech-dispatcher's queue at once; a late end is not a finish", "[speech][dispatcher]") {
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    const QString path = runtime.filePath(u"speechd.sock"_s);
    StandInDispatcher dispatcher(path.toStdString());
    QString why;
    auto speaker = SpeechDispatcherSpeaker::open(LocalSpeechSocket::from(u"unix_socket:"_s + path, {}), &why);
    REQUIRE(speaker);
    QSignalSpy finished(speaker.get(), &Speaker::finished);

    Script script;
    script.add(HelpText{"mooring::test", "Name five things you can see."});
    speaker->speak(script, Voice{});
    speaker->stop();
    CHECK_FALSE(speaker->isSpeaking());
    CHECK(dispatcher.waitForCommand("CANCEL SELF"));

    dispatcher.heard(101);  // the dispatcher's end for what was cancelled arrives late
    CHECK_FALSE(finished.wait(300));
}
