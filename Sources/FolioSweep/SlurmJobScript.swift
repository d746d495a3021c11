import Foundation

/// The batch script of a sweep's job array. Folio passes `--array`, `--output` and the resources
/// given on its command line to `sbatch` itself (they override `#SBATCH` lines); a template the
/// user writes (`--template FILE`) may add anything else — `#SBATCH --account=...`, `module load`
/// — and must contain `{{command}}` where the point runs.
public enum SlurmJobScript {
    public static let defaultTemplate = """
    #!/bin/bash
    #SBATCH --job-name=folio-sweep
    # One task of a folio sweep's job array: task N runs point N (the line after `cd`).
    cd {{root}} || exit 1
    {{command}}

    """

    public static func render(template: String, plan: SweepPlan, program: URL) throws -> String {
        guard template.contains("{{command}}") else {
            throw SweepError("the job script template has no {{command}} line", fix: "put a line {{command}} where the point should run")
        }
        let worker = ([program.path] + WorkerCommand.arguments(plan: plan, point: "PLACEHOLDER"))
            .map(ShellCommand.quote).joined(separator: " ")
            .replacingOccurrences(of: "PLACEHOLDER", with: "\"$SLURM_ARRAY_TASK_ID\"")
        return template
            .replacingOccurrences(of: "{{root}}", with: ShellCommand.quote(plan.root))
            .replacingOccurrences(of: "{{command}}", with: "exec " + worker)
    }
}
