#include "cli/logging.h"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace hanse::cli {

Status setup_logging(const Config& config) {
  try {
    std::shared_ptr<spdlog::logger> logger;
    if (config.log.file.empty()) {
      logger = spdlog::stdout_logger_mt("hanse");
    } else {
      logger = spdlog::basic_logger_mt("hanse", config.log.file);
    }
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %l %v", spdlog::pattern_time_type::utc);
    logger->set_level(spdlog::level::from_str(config.log.level));
    // Flushing every line would cost a syscall per request; a second of
    // delay is fine, and warnings and errors go out at once.
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(1));
  } catch (const spdlog::spdlog_ex& e) {
    return fail(ErrorKind::invalid_input, std::string("log.file: ") + e.what());
  }
  return {};
}

}  // namespace hanse::cli
