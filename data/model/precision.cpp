#include "precision.h"

QString precisionKey(Precision p)
{
    switch (p) {
    case Precision::FP64: return QStringLiteral("fp64");
    case Precision::TF32: return QStringLiteral("tf32");
    case Precision::BF16: return QStringLiteral("bf16");
    case Precision::FP8: return QStringLiteral("fp8");
    case Precision::FP6: return QStringLiteral("fp6");
    case Precision::FP4: return QStringLiteral("fp4");
    case Precision::INT8: return QStringLiteral("int8");
    }
    return {};
}

std::optional<Precision> precisionFromKey(QStringView key)
{
    for (Precision p : allPrecisions)
        if (key.compare(precisionKey(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QStringList precisionKeys()
{
    QStringList keys;
    for (Precision p : allPrecisions)
        keys << precisionKey(p);
    return keys;
}

double bytesPerElement(Precision p)
{
    switch (p) {
    case Precision::FP64: return 8.0;
    case Precision::TF32: return 4.0;
    case Precision::BF16: return 2.0;
    case Precision::FP8: return 1.0;
    case Precision::FP6: return 0.75;
    case Precision::FP4: return 0.5;
    case Precision::INT8: return 1.0;
    }
    return 0.0;
}

bool isIntegerPrecision(Precision p)
{
    return p == Precision::INT8;
}

Precision servingPrecision(Precision weights)
{
    switch (weights) {
    case Precision::FP4:
    case Precision::FP6:
    case Precision::INT8:
    case Precision::FP8: return Precision::FP8;
    case Precision::FP64:
    case Precision::TF32:
    case Precision::BF16: return Precision::BF16;
    }
    return Precision::BF16;
}
