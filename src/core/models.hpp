// models.hpp — the loaded, immutable models (definition of the opaque np::Models).
// Each stage family owns its part and its loader, so stages can be built and tested alone.
#pragma once
#include <string>

#include "entities_model.hpp"
#include "newsprism.hpp"
#include "summary_model.hpp"

namespace np {

struct Models {
    EntityModels entities;   // entities_model.hpp
    SummaryModels summary;   // summary_model.hpp
};

// Each returns false on a malformed resource (message appended to `error`); a missing
// resource is a warning ("name: missing, stage disabled") and leaves the part empty.
bool load_entity_models(const Resources& res, EntityModels& out, std::string& error);
bool load_summary_models(const Resources& res, SummaryModels& out, std::string& error);

}  // namespace np
