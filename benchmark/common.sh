# Shared by bin/generate-province and bin/benchmark (sourced from the repository's root, after DB
# is set): the connection, PostgreSQL up, the packaged application, and running it against DB.
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${CAMPAIGN_DB_USER:-campaign}" \
  PGPASSWORD="${CAMPAIGN_DB_PASSWORD:-campaign}"
JAR=campaign-web/target/campaign-web-0.1.0-SNAPSHOT.jar
db/postgres-up.sh >/dev/null
[[ -f "$JAR" ]] || ./mvnw -q -DskipTests package

# the application with -Xmx512m against DB: java "${APP[@]}" …, or app … with more arguments
APP=(-Xmx512m -jar "$JAR" --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
  --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD"
  --logging.level.root=WARN --spring.main.banner-mode=off)
app() {
  java "${APP[@]}" "$@"
}
