SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis') AS available,
       current_setting('server_version_num')::int / 10000 AS major
