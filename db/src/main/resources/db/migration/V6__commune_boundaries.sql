-- Commune boundaries uploaded by an ADMIN, one GeoJSON FeatureCollection per province, kept
-- normalised (geometry and commune code only) for the dashboard's choropleth map.
create table commune_boundary_set (
    province_id bigint       primary key references province (id),
    geojson     text         not null,
    features    int          not null check (features > 0),
    uploaded_at timestamptz  not null,
    uploaded_by varchar(60)  not null
);
