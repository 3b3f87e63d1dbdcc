#include "common/error_text.h"

QString ErrorText::message(clue::Errc code) {
    using clue::Errc;
    switch (code) {
    case Errc::FileNotFound: return tr("The file or folder was not found.");
    case Errc::FileTruncated: return tr("The file is incomplete or damaged.");
    case Errc::BadFormat: return tr("The file is not in a format CLUE Studio can read.");
    case Errc::UnsafeFormat:
        return tr("This file format can run code when loaded (pickle). Convert it to .safetensors first.");
    case Errc::WriteFailed: return tr("The file could not be written. Check the folder and free disk space.");
    case Errc::MissingTensor:
    case Errc::UnexpectedTensor:
    case Errc::ShapeMismatch: return tr("The model's weights do not match its architecture.");
    case Errc::BadConfig: return tr("The model's configuration is invalid.");
    case Errc::UnsupportedModel: return tr("This kind of model is not supported.");
    case Errc::DeviceOutOfMemory:
        return tr("The device ran out of memory. Try a smaller image size or close other programs.");
    case Errc::DeviceUnavailable: return tr("The requested device is not available.");
    case Errc::InvalidArgument: return tr("A parameter is out of range.");
    default: break;
    }
    const int value = static_cast<int>(code);
    if (value >= 100 && value < 200) return tr("A file could not be read or written.");
    if (value >= 200 && value < 300) return tr("The model could not be used.");
    if (value >= 300 && value < 400) return tr("The compute device reported an error.");
    if (value >= 400 && value < 500) return tr("Training failed.");
    if (value >= 500 && value < 600) return tr("The input is not valid.");
    return tr("An internal error occurred.");
}

QString ErrorText::full(const clue::Error& error) {
    const QString detail = QString::fromStdString(error.detail);
    return detail.isEmpty() ? message(error.code) : message(error.code) + QStringLiteral("\n\n") + detail;
}
