# MediaMonitor container image.
#   docker build -t mediamonitor .
#   docker run --rm -v "$PWD/config:/app/config:ro" -v mediamonitor-data:/app/data mediamonitor
# See docker-compose.yml for the full stack (Mailpit, optional Elasticsearch + Kibana).

# ---- build stage ----------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project file and the repo-wide build settings only,
# so the package layer is reused while just the source changes.
COPY Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/MediaMonitor/MediaMonitor.csproj src/MediaMonitor/
RUN dotnet restore src/MediaMonitor/MediaMonitor.csproj

COPY src/ src/
RUN dotnet publish src/MediaMonitor/MediaMonitor.csproj -c Release -o /app/publish --no-restore

# ---- runtime stage --------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

COPY --from=build /app/publish ./
# Default configuration baked in; docker-compose mounts ./config over it read-only.
COPY config/ ./config/

# The .NET images ship a non-root user "app" whose uid is in $APP_UID.
# /app/data (database, logs, reports) must be writable by it.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
VOLUME ["/app/data"]

ENTRYPOINT ["dotnet", "mediamonitor.dll"]
CMD ["run"]
