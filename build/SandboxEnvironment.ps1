# Dot-sourced by build.ps1 (packing) and tests/Pester/Support/FreshPwsh.ps1 (install tests): one definition of the
# throw-away user profile that a child pwsh runs in.

function Get-SandboxEnvironment([string] $HomePath) {
    # PSResourceGet and PowerShell find the user's repository list and CurrentUser module folder from HOME (and XDG_*
    # on Linux and macOS). A child with these settings reads and writes only under $HomePath and computes its
    # PSModulePath afresh, so it neither sees nor changes the real user's modules and repositories.
    # The usual profile folders are created too: .NET reports a missing one as an empty path, and NuGet (inside
    # PSResourceGet) would then write its NuGet.Config relative to the working directory.
    foreach ($folder in '.config', '.local/share', '.cache') {
        $null = New-Item -ItemType Directory -Path (Join-Path $HomePath $folder) -Force
    }
    return @{
        HOME            = $HomePath
        XDG_DATA_HOME   = $null
        XDG_CONFIG_HOME = $null
        XDG_CACHE_HOME  = $null
        PSModulePath    = $null
    }
}
