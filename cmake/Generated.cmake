# Sources generated at build time:
#  - bundled_facts.cpp (cmake/BundledFacts.cmake): the bundled fact base, compiled and as JSON, so the CLI and the
#    WASM module need no file to start;
#  - gazetteer_data.inc: the world's countries (names, alternative spellings, capitals, demonyms) generated from
#    the npm package `world-countries` (installed by `npm ci` in web/), so the engine knows entities that the
#    fact base does not list;
#  - draft_words.inc: the drafter's word classes and synonym groups, from engine/data/draft_words.json;
#  - lexicon_data.inc: units, currencies, scale words, vague amounts, hedges and comparators, date words, from
#    engine/data/lexicon/*.json (engine/data/gen_lexicon.mjs checks the data and writes the rows that
#    engine/src/extract/lexicon.cpp includes).
set(CLAIMCHECK_GENERATED_DIR "${CMAKE_BINARY_DIR}/generated")
file(MAKE_DIRECTORY "${CLAIMCHECK_GENERATED_DIR}")

find_program(CLAIMCHECK_NODE node REQUIRED)
set(_countries_json "${CMAKE_SOURCE_DIR}/web/node_modules/world-countries/countries.json")
if(NOT EXISTS "${_countries_json}")
  message(FATAL_ERROR "${_countries_json} is missing: run `npm ci` in web/ (./scripts/setup.sh does it)")
endif()
set(_gazetteer_inc "${CLAIMCHECK_GENERATED_DIR}/gazetteer_data.inc")
add_custom_command(
  OUTPUT "${_gazetteer_inc}"
  COMMAND ${CLAIMCHECK_NODE} ${CMAKE_SOURCE_DIR}/engine/data/gen_gazetteer.mjs "${_countries_json}" "${_gazetteer_inc}"
  DEPENDS "${_countries_json}" ${CMAKE_SOURCE_DIR}/engine/data/gen_gazetteer.mjs
  COMMENT "Generating the country gazetteer from world-countries")

# The engine's own Fold/NameKey key every name at build time, compiled for the build machine (also under
# Emscripten, where the engine itself is compiled for WebAssembly).
find_program(CLAIMCHECK_HOST_CXX NAMES g++ c++ clang++ REQUIRED)
set(_keys_tool "${CLAIMCHECK_GENERATED_DIR}/gazetteer_keys")
set(_keys_sources ${CMAKE_SOURCE_DIR}/engine/data/gazetteer_keys.cpp ${CMAKE_SOURCE_DIR}/engine/src/text/text.cpp
                  ${CMAKE_SOURCE_DIR}/engine/src/text/text_chars.cpp ${CMAKE_SOURCE_DIR}/engine/src/text/phrases.cpp
                  ${CMAKE_SOURCE_DIR}/engine/src/work_counters.cpp)
add_custom_command(
  OUTPUT "${_keys_tool}"
  COMMAND ${CLAIMCHECK_HOST_CXX} -std=c++17 -O1 -I${CMAKE_SOURCE_DIR}/engine/include -I${CMAKE_SOURCE_DIR}/engine/src
          -I${CLAIMCHECK_GENERATED_DIR} ${_keys_sources} -o "${_keys_tool}"
  DEPENDS ${_keys_sources} "${_gazetteer_inc}" ${CMAKE_SOURCE_DIR}/engine/src/text/text_chars.h
          ${CMAKE_SOURCE_DIR}/engine/src/text/phrases.h ${CMAKE_SOURCE_DIR}/engine/include/claimcheck/text.h
          ${CMAKE_SOURCE_DIR}/engine/src/work_counters.h
  COMMENT "Building the gazetteer key tool for the build machine")
set(_gazetteer_table "${CLAIMCHECK_GENERATED_DIR}/gazetteer_table.inc")
add_custom_command(
  OUTPUT "${_gazetteer_table}"
  COMMAND "${_keys_tool}" > "${_gazetteer_table}.tmp"
  COMMAND ${CMAKE_COMMAND} -E rename "${_gazetteer_table}.tmp" "${_gazetteer_table}"
  DEPENDS "${_keys_tool}"
  COMMENT "Keying the gazetteer's names")

# The matcher's words: offices and their titles, and the word lists its rules read (engine/data/*.json).
set(_match_words "${CLAIMCHECK_GENERATED_DIR}/match_words.inc")
add_custom_command(
  OUTPUT "${_match_words}"
  COMMAND ${CLAIMCHECK_NODE} ${CMAKE_SOURCE_DIR}/engine/data/gen_match_words.mjs
          ${CMAKE_SOURCE_DIR}/engine/data/offices.json ${CMAKE_SOURCE_DIR}/engine/data/words.json "${_match_words}"
  DEPENDS ${CMAKE_SOURCE_DIR}/engine/data/gen_match_words.mjs ${CMAKE_SOURCE_DIR}/engine/data/offices.json
          ${CMAKE_SOURCE_DIR}/engine/data/words.json
  COMMENT "Generating the matcher's word tables")

# The drafter's words: closed word classes, name nouns and synonym groups (engine/data/draft_words.json).
set(_draft_words "${CLAIMCHECK_GENERATED_DIR}/draft_words.inc")
add_custom_command(
  OUTPUT "${_draft_words}"
  COMMAND ${CLAIMCHECK_NODE} ${CMAKE_SOURCE_DIR}/engine/data/gen_draft_words.mjs
          ${CMAKE_SOURCE_DIR}/engine/data/draft_words.json "${_draft_words}"
  DEPENDS ${CMAKE_SOURCE_DIR}/engine/data/gen_draft_words.mjs ${CMAKE_SOURCE_DIR}/engine/data/draft_words.json
  COMMENT "Generating the drafter's word tables")

file(GLOB _lexicon_json CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/engine/data/lexicon/*.json")
set(_lexicon_inc "${CLAIMCHECK_GENERATED_DIR}/lexicon_data.inc")
add_custom_command(
  OUTPUT "${_lexicon_inc}"
  COMMAND ${CLAIMCHECK_NODE} ${CMAKE_SOURCE_DIR}/engine/data/gen_lexicon.mjs "${CMAKE_SOURCE_DIR}/engine/data/lexicon"
          "${_lexicon_inc}"
  DEPENDS ${_lexicon_json} ${CMAKE_SOURCE_DIR}/engine/data/gen_lexicon.mjs
  COMMENT "Generating the lexicon from engine/data/lexicon")

set(CLAIMCHECK_GENERATED_SOURCES "${_gazetteer_table}" "${_match_words}" "${_lexicon_inc}"
    "${_draft_words}")

