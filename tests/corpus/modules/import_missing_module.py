print("before import")
import no_such_module_here
