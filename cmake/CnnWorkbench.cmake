# Shared settings for every target of the project.

# Applies warnings, QT_NO_KEYWORDS and the project include root to TARGET.
function(cnnwb_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
    # LibTorch headers use `slots` as an identifier, so Qt's keyword macros stay off.
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS)
endfunction()

# Gives TARGET a precompiled header with the LibTorch front end, the slowest
# headers of the project (about 14 s per translation unit without it).
function(cnnwb_torch_pch target)
    target_precompile_headers(${target} PRIVATE
        <torch/torch.h>
        <QtCore/QString>
        <QtCore/QStringList>)
endfunction()
