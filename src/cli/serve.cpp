// hanse serve: opens (and migrates) the database, starts the mail sender and
// the HTTP server, and on SIGTERM/SIGINT finishes requests, flushes the
// outbox and exits 0.
#include <malloc.h>

#include <charconv>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <stop_token>
#include <thread>

#include <boost/asio/ip/address.hpp>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/logging.h"
#include "cli/options.h"
#include "core/text.h"
#include "http/server.h"
#include "mail/sender.h"
#include "marketing/unsubscribe.h"
#include "privacy/door.h"
#include "privacy/publication.h"
#include "rights/retention.h"
#include "stats/recorder.h"
#include "web/app.h"
#include "web/banner_book.h"
#include "web/pipeline.h"
#include "web/routes.h"

namespace hanse::cli {
namespace {

http::ServerOptions server_options(const Config& config) {
  http::ServerOptions o;
  auto& s = config.server;
  auto colon = s.listen.rfind(':');
  o.address = s.listen.substr(0, colon);
  if (o.address.starts_with('[') && o.address.ends_with(']')) o.address = o.address.substr(1, o.address.size() - 2);
  auto port_text = std::string_view(s.listen).substr(colon + 1);
  std::from_chars(port_text.data(), port_text.data() + port_text.size(), o.port);
  o.io_threads = s.io_threads;
  o.cpu_threads = s.cpu_threads;
  o.header_limit = static_cast<std::size_t>(s.header_limit_bytes);
  o.body_limit = static_cast<std::size_t>(s.body_limit_bytes);
  o.upload_limit = static_cast<std::size_t>(s.upload_limit_bytes);
  o.read_timeout_seconds = s.read_timeout_seconds;
  o.idle_timeout_seconds = s.idle_timeout_seconds;
  o.behind_tls = s.behind_tls;
  // The configured list was checked to hold IP addresses (core/config.cpp);
  // each is normalised as the server prints a peer's address.
  for (const auto item : split_list(s.trusted_proxies)) {
    boost::system::error_code ec;
    auto address = boost::asio::ip::make_address(std::string(item), ec);
    if (!ec) o.trusted_proxies.push_back(address.to_string());
  }
  o.static_dir = s.static_dir;
  return o;
}

mail::SenderSettings sender_settings(const Config& config) {
  mail::SenderSettings s;
  s.smtp_host = config.mail.smtp_host;
  s.smtp_port = static_cast<std::uint16_t>(config.mail.smtp_port);
  s.from_address = config.mail.from_address;
  s.from_name = config.mail.from_name;
  s.poll_interval = std::chrono::seconds(config.mail.poll_seconds);
  s.max_attempts = config.mail.max_attempts;
  return s;
}

// Picks up policy versions published by `hanse policy publish` or by another
// instance, every few seconds, without a restart (P-19).
class PolicySync {
 public:
  explicit PolicySync(web::App& app)
      : m_thread([this, &app](std::stop_token stop) { run(app, stop); }) {}

 private:
  static void run(web::App& app, std::stop_token stop) {
    std::mutex mutex;
    std::condition_variable_any wake;
    while (!stop.stop_requested()) {
      {
        std::unique_lock lock(mutex);
        wake.wait_for(lock, stop, std::chrono::seconds(5), [] { return false; });
      }
      if (stop.stop_requested()) break;
      auto lease = app.db->acquire();
      if (!lease) continue;
      auto added = privacy::sync_published(**lease, *app.policy);
      if (!added) spdlog::warn("policy sync: {}", added.error().message);
      else if (*added > 0) spdlog::info("policy sync: {} new version(s)", *added);
    }
  }
  std::jthread m_thread;
};

// glibc returns the free memory at the top of an I/O thread's heap to the
// kernel (madvise) whenever it exceeds 128 KiB, and a page of listing
// cards frees more than that: every request then paid a madvise with a TLB
// flush on every core and page faults to get the memory back (a fifth of
// the CPU time of an uncached category page). Keeping up to 16 MiB free per
// heap, and mapping only blocks of 4 MiB or more on their own, ends that;
// memory stays bounded by what the threads use at their peak plus 16 MiB
// per malloc arena.
void keep_freed_memory() {
  mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
  mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
}

}  // namespace

int serve_command(const Args& args) {
  const std::vector<OptionSpec> own = {
      {"--listen", "ADDR:PORT", "address and port to serve (default 127.0.0.1:8080)"}};
  auto parsed = parse_options(args, own);
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("serve", "Serves the web site until SIGTERM or SIGINT.", own).c_str());
    return 0;
  }
  keep_freed_memory();
  auto config = config_from(*parsed);
  if (!config) return report(config.error());
  if (auto logging = setup_logging(*config); !logging) return report(logging.error());
  auto app = web::build_app(*config);
  if (!app) return report((app.error()));
  auto& a = **app;
  if (config->privacy.enforce_door) {
    bool enforced = privacy::install_door(*a.db, *a.policy);
    spdlog::info(enforced ? "privacy door: personal columns are read only inside a read scope"
                          : "privacy door: not enforced on this backend (proven by the tests on SQLite)");
  } else {
    spdlog::warn("privacy door: off (privacy.enforce_door = false)");
  }

  // Changes made through the other servers on this database drop this
  // one's caches at once; the banner campaigns are read again too.
  a.changes = db::ChangeFeed::open(*a.db, config->database.url, [&a](std::uint64_t lsn) {
    if (a.replica) a.replica->changed_at(lsn);  // before the caches go: none is filled from behind
    web::drop_caches(a);
    web::banner_book(a).invalidate();
  });
  mail::Sender sender(*a.db, sender_settings(*config), a.clock);
  sender.start();
  PolicySync policy_sync(a);
  // Kept data removed when its time comes (P-15), and the retention of
  // feedback and children's requests (policy clauses "feedback", "children")
  // and of marketing mail's unsubscribe links (clause marketing-email).
  rights::RetentionJob retention(*a.db, a.clock,
                                 {[&a] { return a.feedback->purge_expired(); },
                                  [&a] { return a.child_requests->purge_expired(); },
                                  [&a] { return marketing::purge_expired_tokens(*a.db, a.clock.now()); }});
  http::Server server(server_options(*config), web::make_router(a), web::make_error_renderer(a),
                      web::make_pipeline(a));
  if (a.stats) a.stats->start();
  spdlog::info("hanse {} serving http://{} with {}", HANSE_VERSION, config->server.listen,
               a.db->describe());
  auto served = server.run();
  // Every request has been answered and counted: the last counts go out
  // before the process does.
  if (a.stats) {
    if (auto flushed = a.stats->stop(); !flushed) {
      spdlog::error("statistics: the last flush failed: {}", flushed.error().message);
    }
  }
  a.changes.reset();
  if (a.replica)
    spdlog::info("read replica: {} reads served by it, {} by the primary", a.replica->reads_on_replica(),
                 a.replica->reads_on_primary());
  sender.stop();
  a.access_log.reset();  // writes out the last lines while spdlog still runs
  spdlog::info("hanse stopped");
  spdlog::shutdown();
  if (!served) return report(served.error());
  return 0;
}

}  // namespace hanse::cli
