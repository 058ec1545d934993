#include "core/checks/finding.hpp"

#include <utility>

namespace od {

FindingField FindingField::num(std::string name, int64_t value) {
  FindingField f;
  f.name = std::move(name);
  f.number = value;
  return f;
}

FindingField FindingField::txt(std::string name, std::string value) {
  FindingField f;
  f.name = std::move(name);
  f.kind = Kind::Text;
  f.text = std::move(value);
  return f;
}

FindingField FindingField::flag(std::string name, bool value) {
  FindingField f;
  f.name = std::move(name);
  f.kind = Kind::Flag;
  f.number = value ? 1 : 0;
  return f;
}

Finding Finding::of(std::string id, Severity severity) {
  Finding f;
  f.id = std::move(id);
  f.severity = severity;
  return f;
}

const FindingField* Finding::field(const std::string& name) const {
  for (const FindingField& f : data) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

int64_t Finding::number(const std::string& name) const {
  const FindingField* f = field(name);
  return f ? f->number : 0;
}

std::string Finding::text(const std::string& name) const {
  const FindingField* f = field(name);
  return f ? f->text : std::string();
}

}  // namespace od
