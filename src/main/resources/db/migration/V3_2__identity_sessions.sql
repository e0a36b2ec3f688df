-- Web sessions live in PostgreSQL (Spring Session JDBC), so that several toitsu instances behind a load balancer
-- share them: a user signed in on one instance stays signed in on the next request served by another. The tables
-- are Spring Session's own PostgreSQL schema (spring-session-jdbc 4.0, schema-postgresql.sql, with a text
-- principal_name); Flyway creates them
-- so that the application role never needs DDL. Expired sessions are deleted by Spring Session's cleanup job
-- (spring.session.jdbc.cleanup-cron), a plain DELETE that is harmless when two instances run it.
CREATE TABLE spring_session (
    primary_id char(36) NOT NULL,
    session_id char(36) NOT NULL,
    creation_time bigint NOT NULL,
    last_access_time bigint NOT NULL,
    max_inactive_interval int NOT NULL,
    expiry_time bigint NOT NULL,
    principal_name text, -- Spring Session's schema says varchar(100); a longer name must not fail a request
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36) NOT NULL,
    attribute_name varchar(200) NOT NULL,
    attribute_bytes bytea NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
