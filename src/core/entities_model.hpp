// entities_model.hpp — loaded NER weights and gazetteers (owned by the entities stage).
#pragma once
namespace np {
struct EntityModels {
    bool loaded = false;
};
}  // namespace np
