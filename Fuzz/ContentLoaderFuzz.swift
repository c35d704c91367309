import Foundation
import LantuModel

/// libFuzzer entry: loads one input as a plan, a report and a page beside a fixed plan.
/// Whatever the bytes, the content loader must return diagnostics, never crash or hang.
/// Built and run by `scripts/fuzz` (not a SwiftPM target: it links libFuzzer's own `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = Data(UnsafeBufferPointer(start: pointer, count: count))
    let files = [
        ContentFile(path: "site.yml", data: Data("title: fuzz\n".utf8)),
        ContentFile(path: "plans/a.md", data: Data("---\ntitle: a\nperiod: 2021-2025\n---\n| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| x(%) | 1 | 2 |\n# 一、甲\n- 牵头单位：处\n".utf8)),
        ContentFile(path: "plans/f.md", data: data),
        ContentFile(path: "reports/r.md", data: Data("---\ntitle: r\ndate: 2024-01-01\nplan: a\n---\n".utf8) + data),
        ContentFile(path: "page.md", data: data),
    ]
    _ = ContentLoader.load(files: files, root: "content")
    return 0
}
