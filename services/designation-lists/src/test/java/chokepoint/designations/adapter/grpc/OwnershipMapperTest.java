package chokepoint.designations.adapter.grpc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnershipMapperTest {

    @Test
    void anIdBecomesANameExceptWhereItIsTheReferenceOfAListEntry() {
        String text = "dsg_1 (ENTITY_LIST dsg_1) owns 60% of ent_2; dsg_1 is listed (SDN dsg_1, MEU dsg_1)";

        String once = OwnershipMapper.replaceOutsideListReferences(text, "dsg_1", "Lab");
        String both = OwnershipMapper.replaceOutsideListReferences(once, "ent_2", "Subsidiary Ltd");

        assertThat(both).isEqualTo("Lab (ENTITY_LIST dsg_1) owns 60% of Subsidiary Ltd; Lab is listed (SDN dsg_1, MEU dsg_1)");
    }
}
