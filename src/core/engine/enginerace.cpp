// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginerace.h"

namespace actlab {

std::variant<std::unique_ptr<EngineRace>, EngineRace::Error>
EngineRace::create(const TrainingConfig &first, const TrainingConfig &second,
                   ParallelExecutor::Kind executor) {
    auto a = Engine::create(first, nullptr, executor);
    if (auto *e = std::get_if<ConfigError>(&a))
        return Error{0, *e};
    auto &engineA = std::get<std::unique_ptr<Engine>>(a);
    TrainingConfig secondConfig = second;
    secondConfig.seed = first.seed;
    secondConfig.initializer = first.initializer;
    auto b = Engine::create(secondConfig, engineA->data(), executor);
    if (auto *e = std::get_if<ConfigError>(&b))
        return Error{1, *e};
    return std::unique_ptr<EngineRace>(
        new EngineRace({std::move(engineA), std::move(std::get<std::unique_ptr<Engine>>(b))}));
}

EngineRace::EngineRace(std::array<std::unique_ptr<Engine>, 2> engines)
    : m_engines(std::move(engines)) {}

bool EngineRace::identicalInitialWeights() const {
    NetworkShape a = m_engines[0]->setup().shape, b = m_engines[1]->setup().shape;
    a.learnableSlopes = b.learnableSlopes = false; // slopes sit apart from the weights
    return a == b;
}

void EngineRace::start() {
    for (auto &e : m_engines)
        e->start();
}

void EngineRace::pause() {
    for (auto &e : m_engines)
        e->pause();
}

void EngineRace::step(int count) {
    for (auto &e : m_engines)
        e->step(count);
}

void EngineRace::reset(std::optional<std::uint64_t> seed) {
    for (auto &e : m_engines)
        e->reset(seed);
}

void EngineRace::stop() {
    for (auto &e : m_engines)
        e->stop();
}

} // namespace actlab
