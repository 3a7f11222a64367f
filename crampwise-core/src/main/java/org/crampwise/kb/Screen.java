package org.crampwise.kb;

import java.util.List;

/** An interview screen asking several yes/no findings at once ("Do you have any of these?"). */
public record Screen(String id, String text, String help, List<Finding> items) {
}
