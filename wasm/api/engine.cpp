#include "api/engine.hpp"

#include <exception>
#include <utility>

#include <nlohmann/json.hpp>

#include "api/config/config_parser.hpp"
#include "api/json_reader.hpp"
#include "api/verbs/verbs.hpp"

namespace od::api {

struct EngineState {
  StoreConfig config;
  Errors config_errors;
};

namespace {

// The boundary: whatever happens inside, the caller gets a JSON value, never an exception.
template <typename Body>
std::string guarded(Body&& body) noexcept {
#if __cpp_exceptions
  try {
    return body().dump(-1, ' ', false, json::error_handler_t::replace);
  } catch (const std::bad_alloc&) {
    return R"({"ok":false,"errors":[{"path":"","message":"The request is too large to handle."}]})";
  } catch (...) {
    return kInternalErrorResult;
  }
#else
  // Built without exceptions (the wasm module): nothing below throws by design, and the fuzzers
  // and sanitizer builds, which keep exceptions on, check that it stays so.
  return body().dump(-1, ' ', false, json::error_handler_t::replace);
#endif
}

json invalid_config(const Errors& errors) {
  Errors all{{"",
              "The store configuration has errors, so nothing can be quoted until they are "
              "fixed."}};
  all.insert(all.end(), errors.begin(), errors.end());
  return error_result(all);
}

}  // namespace

Engine::Engine(std::string_view config_json) : state_(std::make_unique<EngineState>()) {
#if __cpp_exceptions
  try {
#endif
    if (auto doc = parse_json_text(config_json, "", state_->config_errors, "configuration")) {
      state_->config = parse_store_config(*doc, state_->config_errors);
    }
#if __cpp_exceptions
  } catch (...) {
    state_->config_errors.push_back({"", "The configuration could not be read."});
  }
#endif
}

Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

bool Engine::ok() const {
  return state_->config_errors.empty();
}

std::string Engine::validate() const {
  return guarded([&] { return ok() ? json{{"ok", true}} : error_result(state_->config_errors); });
}

std::string Engine::quote(std::string_view request_json) const {
  return guarded([&] {
    if (!ok()) return invalid_config(state_->config_errors);
    return with_request(request_json, [&](const json& r) { return quote_verb(state_->config, r); });
  });
}

std::string Engine::promise(std::string_view request_json) const {
  return guarded([&] {
    if (!ok()) return invalid_config(state_->config_errors);
    return with_request(request_json,
                        [&](const json& r) { return promise_verb(state_->config, r); });
  });
}

std::string Engine::check(std::string_view request_json) const {
  return guarded([&] {
    if (!ok()) return invalid_config(state_->config_errors);
    return with_request(request_json, [&](const json& r) { return check_verb(state_->config, r); });
  });
}

std::string Engine::contact(std::string_view request_json) const {
  return guarded([&] {
    if (!ok()) return invalid_config(state_->config_errors);
    return with_request(request_json,
                        [&](const json& r) { return contact_verb(state_->config, r); });
  });
}

std::string Engine::audit() const {
  return guarded([&] {
    if (!ok()) return invalid_config(state_->config_errors);
    return audit_verb(state_->config);
  });
}

std::string Engine::pack(std::string_view request_json) {
  return guarded([&] { return with_request(request_json, pack_verb); });
}

std::string Engine::localtime(std::string_view zone, std::string_view instant) {
  return guarded([&] { return localtime_verb(zone, instant); });
}

std::string Engine::holidays(std::string_view code, int year) {
  return guarded([&] { return holidays_verb(code, year); });
}

}  // namespace od::api
