# Builds the application and bundles the fetched (integrity-checked) reference data with it.
FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
ENV CAMPAIGN_DATA_DIR=/data
RUN ./mvnw -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app campaign
WORKDIR /app
COPY --from=build /src/campaign-web/target/campaign-web-0.1.0-SNAPSHOT.jar app.jar
COPY --from=build /data /data
ENV CAMPAIGN_DATA_DIR=/data
USER campaign
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
