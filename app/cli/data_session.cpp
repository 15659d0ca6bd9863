#include "data_session.h"

std::optional<DataSession> DataSession::open(CliIo io)
{
    QString error;
    auto store = AtlasStore::open(QStringLiteral(":/atlas.sqlite"), AtlasStore::defaultUserPath(), &error);
    if (!store) {
        io.err << "compute-atlas: " << error << '\n';
        return std::nullopt;
    }
    if (!store->userProblem().isEmpty())
        io.err << "compute-atlas: warning: " << store->userProblem() << '\n';
    for (const QString &notice : store->notices())
        io.err << "compute-atlas: note: " << notice << '\n';
    DataSession session;
    session.catalog = Catalog::load(store->databases());
    session.store = std::move(store);
    return session;
}
