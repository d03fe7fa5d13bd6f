-- The catalog version of a tenant: raised in the same transaction as every write to its services, their resource
-- requirements, its resources, the services they offer, their weekly rules and their exceptions, and never lowered.
-- The booking paths read it with the tenant and keep the catalog in memory per version (CatalogCache), so an instance
-- can never serve a catalog older than the version it read. Triggers raise it, so no write path, seeder or operator
-- statement can forget to.
ALTER TABLE tenants ADD COLUMN catalog_version BIGINT NOT NULL DEFAULT 0;

-- TG_ARGV[0] says where the row's tenant is: 'tenant_id' on the row itself, 'service' or 'resource' through its
-- parent (service_resources and resource_services have no tenant_id of their own).
CREATE FUNCTION raise_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed RECORD;
    owner VARCHAR(40);
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    IF TG_ARGV[0] = 'service' THEN
        SELECT tenant_id INTO owner FROM services WHERE id = changed.service_id;
    ELSIF TG_ARGV[0] = 'resource' THEN
        SELECT tenant_id INTO owner FROM resources WHERE id = changed.resource_id;
    ELSE
        owner := changed.tenant_id;
    END IF;
    UPDATE tenants SET catalog_version = catalog_version + 1 WHERE id = owner;
    RETURN NULL;
END $$;

CREATE TRIGGER services_raise_catalog_version AFTER INSERT OR UPDATE OR DELETE ON services
    FOR EACH ROW EXECUTE FUNCTION raise_catalog_version('tenant_id');
CREATE TRIGGER service_resources_raise_catalog_version AFTER INSERT OR UPDATE OR DELETE ON service_resources
    FOR EACH ROW EXECUTE FUNCTION raise_catalog_version('service');
CREATE TRIGGER resources_raise_catalog_version AFTER INSERT OR UPDATE OR DELETE ON resources
    FOR EACH ROW EXECUTE FUNCTION raise_catalog_version('tenant_id');
CREATE TRIGGER resource_services_raise_catalog_version AFTER INSERT OR UPDATE OR DELETE ON resource_services
    FOR EACH ROW EXECUTE FUNCTION raise_catalog_version('resource');
CREATE TRIGGER resource_schedules_raise_catalog_version AFTER INSERT OR UPDATE OR DELETE ON resource_schedules
    FOR EACH ROW EXECUTE FUNCTION raise_catalog_version('tenant_id');
CREATE TRIGGER resource_blocks_raise_catalog_version AFTER INSERT OR UPDATE OR DELETE ON resource_blocks
    FOR EACH ROW EXECUTE FUNCTION raise_catalog_version('tenant_id');
