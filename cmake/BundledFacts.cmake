# The bundled fact base, compiled at build time (facts/README.md, "Compiled fact bases") and embedded with its JSON
# in bundled_facts.cpp (cmake/EmbedFacts.cmake), so that the CLI and the full WebAssembly module start from it
# without parsing JSON. The widget's check-only module does not embed it: target claimcheck_bundled_file copies the
# compiled base to web/dist/claimcheck-bundled.ccfb, which the widget fetches (wasm/CMakeLists.txt).
#
# The compiler is a host tool, engine/data/compile_facts.cpp, linked with the engine minus the bundled base
# (claimcheck_engine_core). Natively it is built here. A WebAssembly build cannot run what it compiles, so it runs
# a native build's copy: CLAIMCHECK_HOST_FACTS_COMPILER, which scripts/build.sh sets to
# build/native/claimcheck_compile_facts after building it. The file records the engine version, and the engine
# refuses a compiled base of another version, so a stale tool fails loudly at start-up tests, never silently.
set(_facts_ccfb "${CLAIMCHECK_GENERATED_DIR}/bundled_facts.ccfb")
if(CMAKE_CROSSCOMPILING)
  set(CLAIMCHECK_HOST_FACTS_COMPILER "" CACHE FILEPATH
      "A native build's claimcheck_compile_facts (build/native/claimcheck_compile_facts), to compile the bundled base")
  if(NOT CLAIMCHECK_HOST_FACTS_COMPILER)
    message(FATAL_ERROR "The WebAssembly build compiles the bundled fact base with a native tool: build it first "
            "(scripts/build.sh native wasm does both), or pass "
            "-DCLAIMCHECK_HOST_FACTS_COMPILER=<native build>/claimcheck_compile_facts")
  endif()
  set(_compiler "${CLAIMCHECK_HOST_FACTS_COMPILER}")
  set(_compiler_depends "${CLAIMCHECK_HOST_FACTS_COMPILER}")
else()
  add_executable(claimcheck_compile_facts ${CMAKE_SOURCE_DIR}/engine/data/compile_facts.cpp)
  target_link_libraries(claimcheck_compile_facts PRIVATE claimcheck_engine_core claimcheck_warnings)
  set(_compiler $<TARGET_FILE:claimcheck_compile_facts>)
  set(_compiler_depends claimcheck_compile_facts)
endif()
add_custom_command(
  OUTPUT "${_facts_ccfb}"
  COMMAND ${_compiler} "${_facts_ccfb}" "${CLAIMCHECK_BUNDLED_FACTS}"
  DEPENDS "${CLAIMCHECK_BUNDLED_FACTS}" ${_compiler_depends}
  COMMENT "Compiling the bundled fact base")
add_custom_command(
  OUTPUT "${CLAIMCHECK_BUNDLED_SOURCES}"
  COMMAND ${CMAKE_COMMAND} -DINPUT=${CLAIMCHECK_BUNDLED_FACTS} -DCOMPILED=${_facts_ccfb}
          -DOUTPUT=${CLAIMCHECK_BUNDLED_SOURCES} -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFacts.cmake
  DEPENDS "${CLAIMCHECK_BUNDLED_FACTS}" "${_facts_ccfb}" ${CMAKE_SOURCE_DIR}/cmake/EmbedFacts.cmake
  COMMENT "Embedding the bundled fact base")
set(_facts_file "${CMAKE_SOURCE_DIR}/web/dist/claimcheck-bundled.ccfb")
add_custom_command(
  OUTPUT "${_facts_file}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_SOURCE_DIR}/web/dist"
  COMMAND ${CMAKE_COMMAND} -E copy "${_facts_ccfb}" "${_facts_file}"
  DEPENDS "${_facts_ccfb}"
  COMMENT "Copying the compiled bundled fact base to web/dist/claimcheck-bundled.ccfb")
add_custom_target(claimcheck_bundled_file DEPENDS "${_facts_file}")
