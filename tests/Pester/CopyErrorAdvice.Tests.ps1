#Requires -Version 7.2
# What Copy-DeepObject's errors advise. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copy-DeepObject error advice' {
    It 'advises raising -MaxDepth when the graph is deeper than -MaxDepth' {
        $null = Copy-DeepObject @{ a = @{ b = @{} } } -MaxDepth 1 -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-Be -Expected 'MaxDepthExceeded,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-BeTrue ($failures[0].ErrorDetails.RecommendedAction -like 'Raise -MaxDepth*')
    }

    It 'says a fixed nesting limit cannot be raised, instead of advising -MaxDepth' {
        # Hashtables used as keys of hashtables, 300 deep: more than the 256 levels such keys may nest.
        $key = @{ leaf = 1 }
        foreach ($level in 1..300) { $outer = @{}; $outer[$key] = 1; $key = $outer }

        $null = Copy-DeepObject @{ root = $key } -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-Be -Expected 'MaxDepthExceeded,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-Be -Expected 'LimitsExceeded' -Actual $failures[0].CategoryInfo.Category.ToString()
        Should-BeTrue ($failures[0].ErrorDetails.RecommendedAction -like '*-MaxDepth does not change it*')
        Should-BeFalse ($failures[0].ErrorDetails.RecommendedAction -like 'Raise -MaxDepth*')
    }
}
