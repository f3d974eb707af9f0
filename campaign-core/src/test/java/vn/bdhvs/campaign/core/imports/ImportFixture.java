package vn.bdhvs.campaign.core.imports;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.core.CommuneFixture;
import vn.bdhvs.campaign.core.accounts.Actor;

/** Runs a file through the import as the job would: its columns mapped from the header, then tried or imported. */
abstract class ImportFixture extends CommuneFixture {

    @Autowired
    ImportService imports;

    ImportOutcome run(Actor actor, ImportKind kind, String csv, boolean commit, boolean validOnly) {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        ColumnMapping mapping = imports.preview(kind, content).mapping();
        return commit ? imports.commit(actor, kind, content, mapping, validOnly, rows -> {
        }, outcome -> {
        }) : imports.dryRun(actor, kind, content, mapping, rows -> {
        });
    }
}
