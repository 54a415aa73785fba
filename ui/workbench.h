#pragma once

namespace cnnwb::ui {

/// Creates the QApplication and the main window, runs the event loop, and returns the
/// exit code. Accepts --threads N and --lang CODE.
int runWorkbench(int argc, char *argv[]);

} // namespace cnnwb::ui
