package org.careerroutes.plan;

import com.google.gson.stream.JsonWriter;
import org.careerroutes.eligibility.StudentQualification;

import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link StudentRecord} as the {@code "me"} object of a plan file (docs/plan-format.md):
 * every field, in one order, so that the same record always gives the same bytes. Read back by
 * {@link RecordReader}.
 */
final class RecordWriter {

    private RecordWriter() {
    }

    static void write(JsonWriter json, StudentRecord record) throws IOException {
        json.beginObject();
        json.name("qualifications").beginArray();
        for (StudentQualification q : record.qualifications()) {
            json.beginObject();
            json.name("type").value(PlanFile.typeKey(q.type()));
            json.name("subject").value(q.subject());
            json.name("grade").value(q.gradeText());
            json.name("predicted").value(q.predicted());
            json.endObject();
        }
        json.endArray();
        json.name("skills").beginObject();
        for (Map.Entry<String, SkillReflection> skill : record.skills().entrySet()) {
            json.name(skill.getKey()).beginObject();
            json.name("rating");
            if (skill.getValue().rating().isPresent()) {
                json.value(skill.getValue().rating().get().key());
            } else {
                json.nullValue();
            }
            json.name("shownWhen").value(skill.getValue().shownWhen());
            json.endObject();
        }
        json.endObject();
        json.name("encounters").beginArray();
        for (Encounter encounter : record.encounters()) {
            json.beginObject();
            json.name("id").value(encounter.id());
            json.name("kind").value(encounter.kind().key());
            json.name("month").value(RecordReader.month(encounter.month()));
            json.name("whoOrWhere").value(encounter.whoOrWhere());
            json.name("job").value(encounter.job());
            json.name("whatILearned").value(encounter.learned());
            json.name("didItChangeMyView").value(encounter.changedMyView());
            json.name("whatNext").value(encounter.nextStep());
            json.endObject();
        }
        json.endArray();
        json.name("shortlist").beginArray();
        for (Shortlisted job : record.shortlist()) {
            json.beginObject();
            json.name("profile").value(job.profile());
            json.name("title").value(job.title());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
}
